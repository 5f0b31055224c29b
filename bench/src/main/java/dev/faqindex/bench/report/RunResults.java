package dev.faqindex.bench.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.bench.http.HttpFigures;
import dev.faqindex.bench.http.StartupFigures;
import dev.faqindex.bench.results.IndexingFigures;
import dev.faqindex.bench.results.QueryFigures;
import dev.faqindex.bench.results.RelevanceRow;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Everything the latest run left in the results folder, each part empty when it was not run.
 *
 * @param run what {@code bench/run.sh} recorded about the run ({@code run.properties})
 * @param relevance the relevance benchmark's figures
 * @param relevanceMarkdown its printed tables
 * @param indexing index builds, smallest corpus first (lexical, then with embeddings)
 * @param queries query runs, smallest corpus first
 * @param hybrid hybrid query runs on the indexes with embeddings, smallest corpus first
 * @param startups server start-ups, smallest corpus first
 * @param http HTTP load runs
 * @param jmh JMH results
 */
record RunResults(Properties run, List<RelevanceRow> relevance, Optional<String> relevanceMarkdown,
        List<IndexingFigures> indexing, List<QueryFigures> queries, List<QueryFigures> hybrid,
        List<StartupFigures> startups,
        List<HttpFigures> http, List<JmhScore> jmh) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static RunResults read(Path dir) throws IOException {
        Properties run = new Properties();
        Path runFile = dir.resolve("run.properties");
        if (Files.isRegularFile(runFile)) {
            try (Reader reader = Files.newBufferedReader(runFile, StandardCharsets.UTF_8)) {
                run.load(reader);
            }
        }
        List<RelevanceRow> relevance = Files.isRegularFile(dir.resolve("relevance.json"))
                ? JSON.readValue(dir.resolve("relevance.json").toFile(), new TypeReference<List<RelevanceRow>>() { })
                : List.of();
        Optional<String> relevanceMarkdown = Files.isRegularFile(dir.resolve("relevance.md"))
                ? Optional.of(Files.readString(dir.resolve("relevance.md"))) : Optional.empty();
        List<IndexingFigures> indexing = all(dir, "scale-index-*.json", IndexingFigures.class);
        indexing.sort(Comparator.comparing(IndexingFigures::semantic).thenComparingLong(IndexingFigures::chunks));
        List<QueryFigures> queries = all(dir, "scale-queries-*.json", QueryFigures.class);
        queries.sort(Comparator.comparingLong(QueryFigures::chunks));
        List<QueryFigures> hybrid = all(dir, "scale-hybrid-*.json", QueryFigures.class);
        hybrid.sort(Comparator.comparingLong(QueryFigures::chunks));
        List<StartupFigures> startups = all(dir, "startup-*.json", StartupFigures.class);
        startups.sort(Comparator.<StartupFigures>comparingLong(s -> chunksOf(s.label()))
                .thenComparing(StartupFigures::launch, Comparator.reverseOrder()));
        List<HttpFigures> http = all(dir, "http-*.json", HttpFigures.class);
        http.sort(Comparator.comparing(HttpFigures::mode).reversed().thenComparingLong(HttpFigures::chunks));
        List<JmhScore> jmh = new ArrayList<>();
        for (Path file : files(dir, "jmh-*.json")) {
            jmh.addAll(JmhScore.read(file));
        }
        return new RunResults(run, relevance, relevanceMarkdown, indexing, queries, hybrid, startups, http, jmh);
    }

    /** The run's value for {@code key}, or {@code fallback}. */
    String runValue(String key, String fallback) {
        return run.getProperty(key, fallback);
    }

    private static long chunksOf(String label) {
        try {
            return dev.faqindex.bench.corpus.CorpusSize.parse(label);
        } catch (IllegalArgumentException e) {
            return Long.MAX_VALUE;
        }
    }

    private static <T> List<T> all(Path dir, String glob, Class<T> type) throws IOException {
        List<T> all = new ArrayList<>();
        for (Path file : files(dir, glob)) {
            all.add(JSON.readValue(file.toFile(), type));
        }
        return all;
    }

    private static List<Path> files(Path dir, String glob) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> matches = Files.newDirectoryStream(dir, glob)) {
            matches.forEach(files::add);
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }
}
