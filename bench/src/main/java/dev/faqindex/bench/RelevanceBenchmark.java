package dev.faqindex.bench;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.content.LoadedContent;
import dev.faqindex.bench.orama.OramaMode;
import dev.faqindex.bench.orama.OramaRanker;
import dev.faqindex.bench.results.RelevanceRow;
import dev.faqindex.bench.results.ResultFiles;
import dev.faqindex.eval.JudgedQuery;
import dev.faqindex.eval.RelevanceReport;
import dev.faqindex.search.SearchMode;
import dev.faqindex.eval.QuerySets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares faq-index with SQLite FTS5, and with PostgreSQL full-text search when given a database, on the same
 * chunks and judged queries, in one run, and prints the figures as Markdown. Run from the project root:
 * {@code RelevanceBenchmark [--shared DIR] [--modes lexical,hybrid] [--postgres JDBC-URL [--pg-tuning]]
 * [--orama DIR [--orama-modes fulltext,vector,hybrid]] [--json FILE] [-v]}
 * ({@code ../shared} by default; {@code -v} also prints the queries the engines rank differently;
 * {@code --pg-tuning} first compares PostgreSQL's ranking functions on every query set; {@code --orama} adds Orama,
 * run from that folder, in each of its modes; {@code --json} also writes the figures for the benchmark report).
 * Orama is loaded and measured once per query set, and its rows are shown beside each faq-index mode.
 */
public final class RelevanceBenchmark {

    private static final Path OWN_CONTENT = Path.of("content");
    private static final Path OWN_QUERIES = Path.of("bench", "queries", "own-content.tsv");

    private RelevanceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of("..", "shared");
        boolean verbose = false;
        boolean tuning = false;
        Optional<String> postgres = Optional.empty();
        Optional<Path> json = Optional.empty();
        List<SearchMode> modes = List.of(SearchMode.LEXICAL, SearchMode.HYBRID);
        Optional<Path> orama = Optional.empty();
        List<OramaMode> oramaModes = List.of(OramaMode.values());
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-v", "--verbose" -> verbose = true;
                case "--shared" -> shared = Path.of(args[++i]);
                case "--postgres" -> postgres = Optional.of(args[++i]);
                case "--pg-tuning" -> tuning = true;
                case "--json" -> json = Optional.of(Path.of(args[++i]));
                case "--orama" -> orama = Optional.of(Path.of(args[++i]));
                case "--orama-modes" -> oramaModes = OramaMode.parseList(args[++i]);
                case "--modes" -> modes = java.util.Arrays.stream(args[++i].split(","))
                        .map(SearchMode::fromLabel).toList();
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: RelevanceBenchmark [--shared DIR] [--modes lexical,hybrid] [--postgres JDBC-URL"
                        + " [--pg-tuning]] [--orama DIR [--orama-modes fulltext,vector,hybrid]] [--json FILE] [-v]");
            }
        }
        Path work = Files.createTempDirectory("faq-index-bench");
        try {
            List<BenchmarkCase> cases = cases(shared, work);
            if (tuning && postgres.isPresent()) {
                System.out.print(PostgresTuning.table(postgres.get(), cases));
                System.out.println();
            }
            List<CaseResult> results = new ArrayList<>();
            for (BenchmarkCase benchmarkCase : cases) {
                List<EngineRun> oramaRuns = orama.isPresent()
                        ? oramaRuns(benchmarkCase, orama.get(), oramaModes) : List.of();
                for (SearchMode mode : modes) {
                    results.add(run(benchmarkCase, mode, work, postgres, oramaRuns));
                }
            }
            print(results, verbose);
            if (json.isPresent()) {
                ResultFiles.write(json.get(), rows(results));
            }
        } finally {
            BenchFiles.deleteTree(work);
        }
    }

    private static List<BenchmarkCase> cases(Path shared, Path work) throws IOException {
        Path eval = shared.resolve("eval");
        List<JudgedQuery> seedQueries = QuerySets.readTitleJudged(eval.resolve("seed-dev-queries.tsv"));
        Path seed = shared.resolve("seed");
        Path stackFaq = Files.createDirectories(work.resolve("stackfaq-content"));
        Files.copy(eval.resolve("stackfaq").resolve("faq.jsonl"), stackFaq.resolve("faq.jsonl"));
        return List.of(
                new BenchmarkCase("seed dev set", seed, seedQueries, FieldWeights.ARTICLES),
                new BenchmarkCase("seed dev set, one typo each", seed, TypoQueries.of(seedQueries),
                        FieldWeights.ARTICLES),
                new BenchmarkCase("StackFAQ", stackFaq, QuerySets.readQrelsJudged(
                        eval.resolve("stackfaq").resolve("queries.jsonl"), eval.resolve("stackfaq").resolve("qrels.tsv")),
                        FieldWeights.QUESTION_ANSWER),
                new BenchmarkCase("own content, paraphrases", OWN_CONTENT, QuerySets.readTitleJudged(OWN_QUERIES),
                        FieldWeights.ARTICLES));
    }

    /** Loads the case's content once for the peers, lets faq-index index the same folder, and measures all. */
    private static CaseResult run(BenchmarkCase benchmarkCase, SearchMode mode, Path work, Optional<String> postgres,
            List<EngineRun> oramaRuns) throws IOException, SQLException {
        LoadedContent content = benchmarkCase.load();
        Path indexDir = Files.createTempDirectory(work, "index");
        EngineRun faqIndex;
        try (FaqIndexRanker ranker = FaqIndexRanker.open(benchmarkCase.contentDir(), indexDir, mode)) {
            faqIndex = EngineRun.measure("faq-index " + mode.label(), ranker, benchmarkCase.queries());
        }
        List<EngineRun> peers = new ArrayList<>();
        try (Fts5Baseline baseline = Fts5Baseline.build(content.chunks(), benchmarkCase.weights())) {
            peers.add(EngineRun.measure("SQLite FTS5", baseline, benchmarkCase.queries()));
        }
        if (postgres.isPresent()) {
            try (PostgresBaseline baseline = PostgresBaseline.build(postgres.get(), content.chunks(),
                    benchmarkCase.weights(), PostgresFts.Ranking.TUNED)) {
                peers.add(EngineRun.measure("PostgreSQL", baseline, benchmarkCase.queries()));
            }
        }
        peers.addAll(oramaRuns);
        return new CaseResult(benchmarkCase, faqIndex, peers);
    }

    /**
     * Orama on the case: one process loaded with the same chunks (and faq-index's vectors of them when a mode needs
     * them), each mode evaluated and timed like the other engines (the time includes the pipe to the Node process;
     * the query's vector is made before timing, as Orama does not embed).
     */
    private static List<EngineRun> oramaRuns(BenchmarkCase benchmarkCase, Path peerDir, List<OramaMode> modes)
            throws IOException {
        LoadedContent content = benchmarkCase.load();
        boolean vectors = modes.stream().anyMatch(OramaMode::needsVectors);
        List<EngineRun> runs = new ArrayList<>();
        try (OramaRanker ranker = OramaRanker.load(peerDir, content.chunks(), benchmarkCase.weights(), vectors)) {
            for (OramaMode mode : modes) {
                runs.add(EngineRun.measure(mode.engine(), ranker.in(mode), benchmarkCase.queries()));
            }
        }
        return runs;
    }

    /** Every engine's figures, one row per query set and engine; the peers' rows repeat once per faq-index mode. */
    private static List<RelevanceRow> rows(List<CaseResult> results) {
        List<RelevanceRow> rows = new ArrayList<>();
        for (CaseResult result : results) {
            List<EngineRun> runs = new ArrayList<>(List.of(result.faqIndex()));
            runs.addAll(result.peers());
            for (EngineRun run : runs) {
                RelevanceReport r = run.report();
                rows.add(new RelevanceRow(result.benchmarkCase().name(), run.engine(), r.queries(),
                        r.fraction(r.top1()), r.fraction(r.top3()), r.mrr10(), r.ndcg10(), r.recall10(),
                        run.meanMillis()));
            }
        }
        return rows;
    }

    private static void print(List<CaseResult> results, boolean verbose) {
        System.out.printf("Java %s (%s), %d cores; latency = mean wall-clock per query, warm, top %d.%n%n",
                Runtime.version(), System.getProperty("java.vm.vendor"), Runtime.getRuntime().availableProcessors(),
                dev.faqindex.eval.RelevanceEvaluator.DEPTH);
        System.out.print(ComparisonTable.figures(results));
        System.out.println();
        System.out.print(ComparisonTable.verdicts(results));
        if (verbose) {
            for (CaseResult result : results) {
                System.out.printf("%n### %s: queries ranked differently%n%n", result.benchmarkCase().name());
                System.out.print(ComparisonTable.disagreements(result));
            }
        }
    }
}
