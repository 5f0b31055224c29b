package dev.faqindex.bench.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.bench.BenchArgs;
import dev.faqindex.bench.latency.LatencyQueries;
import dev.faqindex.bench.results.ResultFiles;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starts the packaged server on an existing index, times it to ready, then loads {@code /api/search} (cycling
 * through the latency query set), {@code /api/health} and {@code /api/search} with queries the server has not seen
 * ({@link NewQueries}, each sent once) with wrk, one after the other with the same connections, then both searches
 * once more with a single connection (latency without queueing), and writes {@link HttpFigures}.
 *
 * <p>{@code HttpLoadBenchmark --jar JAR --content DIR --index DIR --label 10k --out FILE --work DIR [--semantic]
 * [--connections 16] [--threads 2] [--duration S] [--warmup S] [--shared DIR]}
 */
public final class HttpLoadBenchmark {

    static final String SEARCH = "/api/search";
    static final String TRIVIAL = "/api/health";

    private HttpLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs options = new BenchArgs(args, Set.of("semantic"), "HttpLoadBenchmark --jar JAR --content DIR"
                + " --index DIR --label 10k --out FILE --work DIR [--semantic] [--connections 16] [--threads 2]"
                + " [--duration S] [--warmup S] [--shared DIR]");
        Path work = Files.createDirectories(options.path("work"));
        List<String> latencySet = LatencyQueries.read(Path.of("."), options.path("shared", "../shared"));
        Path paths = writeSearchPaths(latencySet, work.resolve("search-paths.txt"));
        Wrk wrk = new Wrk(Path.of("bench", "http", "report.lua"), options.number("threads", 2),
                options.number("connections", 16));
        Duration duration = options.seconds("duration", 15);
        Duration warmup = options.seconds("warmup", 5);
        boolean semantic = options.flag("semantic");
        // Queries never sent before: enough for each run at a rate no search reaches here, so none repeats.
        NewQueries newQueries = NewQueries.of(latencySet, options.path("content"), 17);
        Path newWarmup = writeSearchPaths(newQueries.next(linesFor(warmup)), work.resolve("new-warmup-paths.txt"));
        Path newPaths = writeSearchPaths(newQueries.next(linesFor(duration)), work.resolve("new-paths.txt"));
        Path newAlonePaths = writeSearchPaths(newQueries.next(linesFor(duration)),
                work.resolve("new-alone-paths.txt"));
        HttpFigures figures;
        Path jar = options.path("jar");
        Path content = options.path("content");
        Path index = options.path("index");
        double ready;
        double firstSearch;
        WrkFigures search;
        WrkFigures trivial;
        WrkFigures alone;
        WrkFigures fresh;
        WrkFigures freshAlone;
        long chunks;
        try (ServerProcess server = ServerProcess.start(jar, content, index, semantic, work, work.resolve("server.log"))) {
            ready = server.awaitOk("/api/ready");
            firstSearch = server.awaitOk(SEARCH + "?q=back+pain");
            System.out.printf("  server ready %.0f ms after launch, first search answered at %.0f ms%n", ready,
                    firstSearch);
            wrk.runOnce(server.baseUrl(), SEARCH, warmup, newWarmup);
            wrk.run(server.baseUrl(), SEARCH, warmup, Optional.of(paths));
            search = report("", wrk.run(server.baseUrl(), SEARCH, duration, Optional.of(paths)));
            trivial = report("", wrk.run(server.baseUrl(), TRIVIAL, duration, Optional.empty()));
            fresh = report(" (new queries)", wrk.runOnce(server.baseUrl(), SEARCH, duration, newPaths));
            alone = report("", wrk.withConnections(1).run(server.baseUrl(), SEARCH, duration, Optional.of(paths)));
            freshAlone = report(" (new queries)", wrk.withConnections(1).runOnce(server.baseUrl(), SEARCH, duration,
                    newAlonePaths));
            chunks = chunks(server.baseUrl());
        }
        // The same again with the result cache off: every request searches, as when every query is new.
        WrkFigures uncached;
        WrkFigures uncachedAlone;
        try (ServerProcess server = ServerProcess.start(List.of(), Map.of("FAQ_INDEX_SEARCH_CACHE_SIZE", "0"), jar,
                content, index, semantic, work, work.resolve("server-uncached.log"))) {
            server.awaitOk("/api/ready");
            wrk.run(server.baseUrl(), SEARCH, warmup, Optional.of(paths));
            uncached = report(" (cache off)", wrk.run(server.baseUrl(), SEARCH, duration, Optional.of(paths)));
            uncachedAlone = report(" (cache off)", wrk.withConnections(1).run(server.baseUrl(), SEARCH, duration,
                    Optional.of(paths)));
        }
        figures = new HttpFigures(options.text("label"), chunks,
                semantic ? "hybrid" : "lexical", wrk.connections(), wrk.threads(), ready, firstSearch, search, trivial,
                alone, uncached, uncachedAlone, fresh, freshAlone);
        System.out.printf("  %s/%s throughput ratio %.2f, new queries %.3f%n", SEARCH, TRIVIAL,
                figures.throughputRatio(), figures.newQueryThroughputRatio());
        ResultFiles.write(options.path("out"), figures);
    }

    /** Queries enough for {@code run} at 12,000 searches a second, more than any run of new queries reaches here. */
    static int linesFor(Duration run) {
        return (int) Math.max(1_000, run.toSeconds() * 12_000);
    }

    /** One request path per query, the query URL-encoded. */
    static Path writeSearchPaths(List<String> queries, Path file) throws IOException {
        List<String> lines = queries.stream()
                .map(q -> SEARCH + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).toList();
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static long chunks(String baseUrl) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            String body = client.send(HttpRequest.newBuilder(URI.create(baseUrl + TRIVIAL)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return new ObjectMapper().readTree(body).get("chunks").asLong();
        }
    }

    private static WrkFigures report(String note, WrkFigures figures) {
        System.out.printf("  %-28s %,9.0f req/s  p50 %7.3f ms  p90 %7.3f ms  p99 %7.3f ms  max %7.1f ms  errors %d%s%n",
                figures.path() + note, figures.requestsPerSecond(), figures.p50Ms(), figures.p90Ms(), figures.p99Ms(),
                figures.maxMs(), figures.errors(),
                figures.repeated() > 0 ? "  REPEATED " + figures.repeated() + " queries" : "");
        return figures;
    }
}
