package dev.faqindex.bench.scale;

import dev.faqindex.bench.BenchArgs;
import dev.faqindex.bench.BenchFiles;
import dev.faqindex.bench.FieldWeights;
import dev.faqindex.bench.latency.FaqIndexPages;
import dev.faqindex.bench.latency.Fts5Pages;
import dev.faqindex.bench.latency.LatencyFigures;
import dev.faqindex.bench.latency.LatencyQueries;
import dev.faqindex.bench.latency.LatencyRun;
import dev.faqindex.bench.latency.PageEngine;
import dev.faqindex.bench.latency.PeerLoad;
import dev.faqindex.bench.latency.PostgresPages;
import dev.faqindex.bench.orama.OramaMode;
import dev.faqindex.bench.orama.OramaPages;
import dev.faqindex.bench.orama.OramaUnavailable;
import dev.faqindex.bench.orama.OramaVectors;
import dev.faqindex.bench.results.QueryFigures;
import dev.faqindex.bench.results.ResultFiles;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.search.SearchMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Searches one content set with faq-index (its existing index, opened as a server opens it) and with the peers
 * loaded from the same content, one engine after the other in this JVM, with the same queries and the same
 * {@link LatencyRun}; writes {@link QueryFigures}. Orama runs in its own Node process (given its folder with
 * {@code --orama}), in the modes of {@code --orama-modes}, with a bounded heap and time budget: what it cannot do
 * within them is recorded as not run, with the reason. Its vector modes get the vectors of faq-index's own embedder,
 * kept in {@code --vector-cache} when given.
 *
 * <p>{@code ScaleQueries --content DIR --index DIR --label 10k --out FILE --work DIR [--engines
 * faq-index,fts5,postgres,orama] [--modes lexical] [--postgres JDBC-URL] [--orama DIR] [--orama-modes fulltext]
 * [--orama-heap-mb 4096] [--orama-budget S] [--vector-cache FILE] [--shared DIR] [--warmup S] [--measure S]
 * [--threads N] [--semantic]}
 */
public final class ScaleQueries {

    private static final String USAGE = "ScaleQueries --content DIR --index DIR --label 10k --out FILE --work DIR"
            + " [--engines faq-index,fts5,postgres,orama] [--modes lexical] [--postgres JDBC-URL] [--orama DIR]"
            + " [--orama-modes fulltext] [--orama-heap-mb 4096] [--orama-budget S] [--vector-cache FILE]"
            + " [--shared DIR] [--warmup S] [--measure S] [--threads N] [--semantic]";

    private ScaleQueries() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs options = new BenchArgs(args, Set.of("semantic"), USAGE);
        Path content = options.path("content");
        List<String> engines = options.list("engines", "faq-index,fts5,postgres,orama");
        List<String> queries = LatencyQueries.read(Path.of("."), options.path("shared", "../shared"));
        LatencyRun run = new LatencyRun(queries, options.seconds("warmup", 5), options.seconds("measure", 10),
                options.number("threads", 2));
        Path work = Files.createDirectories(options.path("work"));
        List<LatencyFigures> figures = new ArrayList<>();
        List<PeerLoad> loads = new ArrayList<>();
        List<String> notRun = new ArrayList<>();
        double openMillis = 0;
        long servingHeap = 0;
        long chunks = 0;
        if (engines.contains("faq-index")) {
            FaqIndexConfig config = FaqIndexConfig.builder().set(Setting.CONTENT_DIR, content)
                    .set(Setting.INDEX_DIR, options.path("index")).set(Setting.SEMANTIC, options.flag("semantic"))
                    .set(Setting.SEARCH_CACHE_SIZE, 0) // every query searched: the cycled query set would hit the cache
                    .build();
            long start = System.nanoTime();
            try (LiveIndex index = LiveIndex.openForServing(config)) {
                List<SearchMode> modes = options.list("modes", "lexical").stream().map(SearchMode::fromLabel).toList();
                for (SearchMode mode : modes) {
                    try (FaqIndexPages pages = new FaqIndexPages(index, config.search(), mode)) {
                        if (openMillis == 0) {
                            try (PageEngine.Session session = pages.open()) {
                                session.page(queries.getFirst());
                            }
                            openMillis = (System.nanoTime() - start) / 1e6;
                        }
                        figures.add(report(run.measure(pages)));
                        if (servingHeap == 0) {
                            servingHeap = HeapWatcher.liveHeap(); // index and search service open, warm
                        }
                    }
                }
                chunks = index.commitInfo().map(info -> (long) info.chunks()).orElse(0L);
            }
        }
        if (engines.contains("fts5")) {
            try (Fts5Pages fts5 = Fts5Pages.build(content, work.resolve("fts5.db"), FieldWeights.ARTICLES)) {
                loads.add(report(fts5.load()));
                figures.add(report(run.measure(fts5)));
            }
            Files.deleteIfExists(work.resolve("fts5.db"));
        }
        Optional<String> postgres = options.optional("postgres");
        if (engines.contains("postgres") && postgres.isPresent()) {
            try (PostgresPages pg = PostgresPages.build(content, postgres.get(), FieldWeights.ARTICLES)) {
                loads.add(report(pg.load()));
                figures.add(report(run.measure(pg)));
            }
        }
        Optional<String> orama = options.optional("orama");
        if (engines.contains("orama") && orama.isPresent()) {
            runOrama(options, Path.of(orama.get()), content, run, figures, loads, notRun);
        }
        if (chunks == 0) {
            chunks = loads.isEmpty() ? 0 : loads.getFirst().chunks();
        }
        ResultFiles.write(options.path("out"), new QueryFigures(options.text("label"), chunks, queries.size(),
                openMillis, servingHeap, Runtime.getRuntime().maxMemory(), figures, loads, notRun));
        BenchFiles.deleteTree(work);
    }

    /**
     * Loads Orama (with vectors when a mode needs them) and measures each of its modes; when it runs out of heap or
     * time, every mode not measured is recorded in {@code notRun} with the reason.
     */
    private static void runOrama(BenchArgs options, Path peerDir, Path content, LatencyRun run,
            List<LatencyFigures> figures, List<PeerLoad> loads, List<String> notRun) throws Exception {
        List<OramaMode> modes = OramaMode.parseList(options.text("orama-modes", "fulltext"));
        boolean vectors = modes.stream().anyMatch(OramaMode::needsVectors);
        int heap = options.number("orama-heap-mb", 4096);
        java.time.Duration budget = options.seconds("orama-budget", 1200);
        Optional<OramaVectors> embedder = Optional.empty();
        List<float[]> queryVectors = List.of();
        if (vectors) {
            Optional<String> cache = options.optional("vector-cache");
            embedder = Optional.of(cache.isPresent() ? OramaVectors.cachedIn(Path.of(cache.get()))
                    : OramaVectors.uncached());
            queryVectors = embedder.get().ofQueries(run.queries());
        }
        List<OramaMode> left = new ArrayList<>(modes);
        try (OramaPages pages = OramaPages.load(peerDir, content, FieldWeights.ARTICLES, embedder, heap, budget)) {
            loads.add(report(pages.load()));
            for (OramaMode mode : modes) {
                figures.add(report(pages.measure(mode, run, queryVectors)));
                left.remove(mode);
            }
        } catch (OramaUnavailable e) {
            String reason = e.getMessage() + " (V8 heap limit " + heap + " MB, time budget " + budget.toSeconds()
                    + " s)";
            System.out.println("  Orama could not run: " + reason);
            left.forEach(mode -> notRun.add(mode.engine() + ": " + reason));
        }
    }

    private static LatencyFigures report(LatencyFigures figures) {
        System.out.printf("  %-20s p50 %8.3f ms  p90 %8.3f ms  p99 %8.3f ms  max %8.3f ms  %,9.0f q/s (%d threads)%n",
                figures.engine(), figures.p50Ms(), figures.p90Ms(), figures.p99Ms(), figures.maxMs(),
                figures.queriesPerSecond(), figures.threads());
        return figures;
    }

    private static PeerLoad report(PeerLoad load) {
        System.out.printf("  %-20s loaded %,d chunks in %.1f s, %,d MB%n", load.engine(), load.chunks(),
                load.seconds(), load.bytes() >> 20);
        return load;
    }
}
