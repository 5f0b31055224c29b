package dev.faqindex.bench.report;

import dev.faqindex.bench.http.HttpFigures;
import dev.faqindex.bench.http.StartupFigures;
import dev.faqindex.bench.latency.LatencyFigures;
import dev.faqindex.bench.report.Goals.Goal;
import dev.faqindex.bench.results.IndexingFigures;
import dev.faqindex.bench.results.QueryFigures;
import dev.faqindex.bench.results.RelevanceRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Judges each goal of {@link Goals} (the data file {@code bench/goals.json}) against the latest run's figures: met,
 * missed, or not measured. The thresholds come from the file; how each goal is measured is here, by goal id.
 */
final class GoalCheck {

    /** How each goal is judged, by its id in the goals file. */
    private static final Map<String, BiFunction<Goal, RunResults, Verdict>> JUDGES = Map.ofEntries(
            Map.entry("search-throughput", GoalCheck::throughput),
            Map.entry("search-p99", GoalCheck::searchP99),
            Map.entry("new-query-throughput", GoalCheck::newQueryThroughput),
            Map.entry("indexing-rate", GoalCheck::indexingRate),
            Map.entry("million-heap", GoalCheck::millionHeap),
            Map.entry("million-p99", GoalCheck::millionP99),
            Map.entry("query-embedding", GoalCheck::queryEmbedding),
            Map.entry("million-hybrid-p99", GoalCheck::millionHybridP99),
            Map.entry("million-hybrid-build", GoalCheck::millionHybridBuild),
            Map.entry("startup", (goal, results) -> startup(goal, results.startups())),
            Map.entry("faster", (goal, results) -> faster(goal, results.queries())),
            Map.entry("relevance", (goal, results) -> relevance(goal, results.relevance())));

    private GoalCheck() {
    }

    /** One goal's line. */
    record Verdict(String goal, String measured, String verdict) {
    }

    static List<Verdict> verdicts(Goals goals, RunResults results) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Goal goal : goals.goals()) {
            BiFunction<Goal, RunResults, Verdict> judge = JUDGES.get(goal.id());
            if (judge == null) {
                throw new IllegalStateException("goal " + goal.id() + " in " + Goals.FILE + " has no check; known: "
                        + JUDGES.keySet().stream().sorted().toList());
            }
            verdicts.add(judge.apply(goal, results));
        }
        return verdicts;
    }

    /** The goals the checks know, for tests. */
    static Set<String> known() {
        return JUDGES.keySet();
    }

    private static Optional<HttpFigures> lexical10k(RunResults results) {
        return results.http().stream().filter(h -> h.mode().equals("lexical") && h.label().equals("10k")).findFirst();
    }

    private static Verdict throughput(Goal goal, RunResults results) {
        double min = goal.limit("minRatio");
        return lexical10k(results).map(h -> new Verdict(goal.goal(), Figures.rate(h.search().requestsPerSecond())
                                + " vs " + Figures.rate(h.trivial().requestsPerSecond()) + " requests/s: " + Figures.percent(h.throughputRatio()) + " with the result cache"
                                + uncached(h, " (cache off: " + Figures.rate(h.searchUncached().requestsPerSecond())
                                        + " requests/s, " + Figures.percent(h.uncachedThroughputRatio()) + ")"),
                        withAndWithoutCache(h.throughputRatio() >= min, h.uncachedThroughputRatio() >= min)))
                .orElse(notMeasured(goal));
    }

    /**
     * Queries the server has not seen (result cache on, as shipped), as a share of the trivial endpoint's throughput
     * in the same run: lexical at 10k against {@code minLexicalRatio}, the default mode (hybrid) against
     * {@code minDefaultRatio}.
     */
    private static Verdict newQueryThroughput(Goal goal, RunResults results) {
        List<String> measured = new ArrayList<>();
        List<Boolean> met = new ArrayList<>();
        for (String mode : List.of("lexical", "hybrid")) {
            double min = goal.limit(mode.equals("lexical") ? "minLexicalRatio" : "minDefaultRatio");
            results.http().stream().filter(h -> h.mode().equals(mode) && h.label().equals("10k")
                    && h.searchNew() != null).findFirst().ifPresent(h -> {
                        measured.add(mode + ": " + Figures.rate(h.searchNew().requestsPerSecond()) + " vs "
                                + Figures.rate(h.trivial().requestsPerSecond()) + " requests/s, "
                                + Figures.percent(h.newQueryThroughputRatio()) + " (at least "
                                + Figures.percent(min) + ")");
                        met.add(h.newQueryThroughputRatio() >= min);
                    });
        }
        return measured.isEmpty() ? notMeasured(goal) : new Verdict(goal.goal(), String.join("; ", measured),
                met(met.stream().allMatch(Boolean::booleanValue)) + (met.size() < 2 ? " (one mode measured)" : ""));
    }

    private static Verdict searchP99(Goal goal, RunResults results) {
        double max = goal.limit("maxP99Ms");
        int connections = (int) goal.limit("connections");
        return lexical10k(results).map(h -> new Verdict(goal.goal(),
                        "p99 " + Figures.ms(h.search().p99Ms()) + " with the result cache"
                                + uncached(h, " (cache off: " + Figures.ms(h.searchUncached().p99Ms()) + ")")
                                + " (" + h.connections() + " connections)",
                        withAndWithoutCache(h.search().p99Ms() < max && h.connections() == connections,
                                h.searchUncached() != null && h.searchUncached().p99Ms() < max)))
                .orElse(notMeasured(goal));
    }

    /**
     * The shipped embedder's median call ({@code QueryEmbeddingBenchmark.session}: one thread, nothing spinning, so
     * its time is its CPU time), beside the same model with its packager's defaults.
     */
    private static Verdict queryEmbedding(Goal goal, RunResults results) {
        Optional<JmhScore> shipped = jmhScore(results, "QueryEmbeddingBenchmark.session");
        Optional<JmhScore> packaged = jmhScore(results, "QueryEmbeddingBenchmark.packaged");
        double max = goal.limit("maxP50Ms");
        return shipped.map(score -> new Verdict(goal.goal(), "p50 " + Figures.ms(score.percentile(50))
                        + " (one thread per call, so CPU time)" + packaged.map(p -> "; the packager's defaults: p50 "
                        + Figures.ms(p.percentile(50)) + " of wall time on two threads").orElse(""),
                        score.percentile(50) <= max ? "**met**" : "**missed**"))
                .orElse(notMeasured(goal));
    }

    private static Optional<JmhScore> jmhScore(RunResults results, String benchmark) {
        return results.jmh().stream().filter(score -> score.benchmark().equals(benchmark)).findFirst();
    }

    private static Verdict indexingRate(Goal goal, RunResults results) {
        List<IndexingFigures> lexical = results.indexing().stream().filter(b -> !b.semantic()).toList();
        // A 10k build in a fresh JVM is mostly JIT warm-up; the rate is judged on the larger builds.
        List<IndexingFigures> judged = lexical.stream().filter(b -> b.chunks() >= goal.limit("fromChunks")).toList();
        return judged.isEmpty() ? notMeasured(goal)
                : new Verdict(goal.goal(), String.join(", ",
                        lexical.stream().map(b -> b.label() + " " + Figures.rate(b.chunksPerSecond()) + "/s").toList())
                        + " (fresh JVM each)",
                        met(judged.stream().allMatch(b -> b.chunksPerSecond() >= goal.limit("minChunksPerSecond"))));
    }

    private static Verdict millionHeap(Goal goal, RunResults results) {
        return results.indexing().stream().filter(b -> !b.semantic() && b.chunks() >= goal.limit("atChunks"))
                .findFirst()
                .map(b -> new Verdict(goal.goal(), "built with -Xmx" + Figures.megabytes(b.maxHeapBytes())
                                + "; peak heap after GC " + Figures.megabytes(b.peakHeapAfterGcBytes()),
                        met(b.maxHeapBytes() <= goal.limit("maxHeapBytes"))))
                .orElse(notMeasured(goal));
    }

    /** Hybrid search on the index with embeddings; below the size of the goal, the largest size measured is shown. */
    private static Verdict millionHybridP99(Goal goal, RunResults results) {
        List<QueryFigures> runs = results.hybrid();
        if (runs.isEmpty()) {
            return notMeasured(goal);
        }
        QueryFigures largest = runs.getLast();
        LatencyFigures hybrid = largest.engines().getFirst();
        String figures = largest.label() + ": p99 " + Figures.ms(hybrid.p99Ms()) + " (in-process, one thread, p50 "
                + Figures.ms(hybrid.p50Ms()) + "); heap while serving " + Figures.megabytes(largest.servingHeapBytes())
                + " of -Xmx" + Figures.megabytes(largest.maxHeapBytes());
        if (largest.chunks() < goal.limit("atChunks")) {
            return new Verdict(goal.goal(), figures + "; not measured at the goal's size", "–");
        }
        return new Verdict(goal.goal(), figures, met(hybrid.p99Ms() < goal.limit("maxP99Ms")
                && largest.maxHeapBytes() <= goal.limit("maxHeapBytes")));
    }

    /** The build with embeddings: its time is stated, its heap limit judged. */
    private static Verdict millionHybridBuild(Goal goal, RunResults results) {
        List<IndexingFigures> builds = results.indexing().stream().filter(IndexingFigures::semantic).toList();
        if (builds.isEmpty()) {
            return notMeasured(goal);
        }
        String figures = String.join("; ", builds.stream().map(b -> b.label() + " in " + Figures.seconds(b.seconds())
                + " (" + Figures.rate(b.chunksPerSecond()) + " chunks/s), -Xmx" + Figures.megabytes(b.maxHeapBytes())
                + ", peak heap after GC " + Figures.megabytes(b.peakHeapAfterGcBytes())).toList());
        return builds.stream().filter(b -> b.chunks() >= goal.limit("atChunks")).findFirst()
                .map(b -> new Verdict(goal.goal(), figures, met(b.maxHeapBytes() <= goal.limit("maxHeapBytes"))))
                .orElse(new Verdict(goal.goal(), figures + "; not measured at the goal's size", "–"));
    }

    private static Verdict millionP99(Goal goal, RunResults results) {
        return results.queries().stream().filter(q -> q.chunks() >= goal.limit("atChunks")).findFirst()
                .map(q -> new Verdict(goal.goal(), "p99 " + Figures.ms(q.engines().getFirst().p99Ms())
                                + " (in-process, one thread, p50 " + Figures.ms(q.engines().getFirst().p50Ms()) + ")",
                        met(q.engines().getFirst().p99Ms() < goal.limit("maxP99Ms"))))
                .orElse(notMeasured(goal));
    }

    /**
     * Judged on the launches through {@code bin/faq-index}, the start command the README gives; plain
     * {@code java -jar} is reported beside it.
     */
    private static Verdict startup(Goal goal, List<StartupFigures> all) {
        List<StartupFigures> launcher = all.stream().filter(s -> !s.launch().equals("java -jar")).toList();
        List<StartupFigures> plain = all.stream().filter(s -> s.launch().equals("java -jar")).toList();
        List<StartupFigures> judged = launcher.isEmpty() ? plain : launcher;
        if (judged.isEmpty()) {
            return notMeasured(goal);
        }
        String figures = "slowest launch " + (launcher.isEmpty() ? "(`java -jar`)" : "(`bin/faq-index`)") + ": "
                + slowest(judged) + (launcher.isEmpty() || plain.isEmpty() ? "" : "; plain `java -jar`: " + slowest(plain));
        return new Verdict(goal.goal(), figures,
                met(judged.stream().allMatch(s -> s.worstReadyMillis() < goal.limit("maxReadyMs"))));
    }

    private static String slowest(List<StartupFigures> startups) {
        return String.join(", ", startups.stream().map(s -> s.label() + " " + Figures.ms(s.worstReadyMillis())).toList());
    }

    private static String uncached(HttpFigures run, String text) {
        return run.searchUncached() == null ? "" : text;
    }

    /** A goal judged for repeated queries (result cache on, as shipped) and for new ones (cache off). */
    private static String withAndWithoutCache(boolean cached, boolean uncached) {
        if (cached == uncached) {
            return met(cached);
        }
        return met(cached) + " with the result cache (repeated queries), " + met(uncached) + " without it (new queries)";
    }

    static String table(Goals goals, RunResults results) {
        StringBuilder out = new StringBuilder("| goal | measured | verdict |\n|---|---|---|\n");
        for (Verdict verdict : verdicts(goals, results)) {
            out.append("| ").append(verdict.goal()).append(" | ").append(verdict.measured()).append(" | ")
                    .append(verdict.verdict()).append(" |\n");
        }
        return out.toString();
    }

    /** faq-index's p50 and p99 below every peer's, at every size. */
    private static Verdict faster(Goal goal, List<QueryFigures> runs) {
        List<String> measured = new ArrayList<>();
        boolean all = true;
        boolean any = false;
        for (QueryFigures run : runs) {
            LatencyFigures ours = run.engines().getFirst();
            for (LatencyFigures peer : run.engines().subList(1, run.engines().size())) {
                any = true;
                boolean faster = ours.p50Ms() < peer.p50Ms() && ours.p99Ms() < peer.p99Ms();
                all &= faster;
                measured.add(run.label() + " vs " + peer.engine() + ": p50 " + Figures.times(peer.p50Ms() / ours.p50Ms())
                        + ", p99 " + Figures.times(peer.p99Ms() / ours.p99Ms()) + (faster ? "" : " (not faster)"));
            }
            for (String notRun : run.notRun()) {
                measured.add(run.label() + " vs " + notRun.substring(0, Math.max(0, notRun.indexOf(':')))
                        + ": could not run");
            }
        }
        return any ? new Verdict(goal.goal(), "peer time / faq-index time: " + String.join("; ", measured), met(all))
                : notMeasured(goal);
    }

    /** The default mode's nDCG@10 and top-1 at least each peer's on every query set. */
    private static Verdict relevance(Goal goal, List<RelevanceRow> rows) {
        List<String> losses = new ArrayList<>();
        boolean any = false;
        for (RelevanceRow ours : rows.stream().filter(r -> r.engine().equals("faq-index hybrid")).toList()) {
            for (RelevanceRow peer : rows.stream().filter(r -> r.set().equals(ours.set())
                    && !r.engine().startsWith("faq-index")).distinct().toList()) {
                any = true;
                if (peer.ndcg10() > ours.ndcg10() + 1e-9 || peer.top1() > ours.top1() + 1e-9) {
                    losses.add(ours.set() + " vs " + peer.engine());
                }
            }
        }
        if (!any) {
            return notMeasured(goal);
        }
        return new Verdict(goal.goal(), losses.isEmpty() ? "nDCG@10 and top-1 at least each peer's on every query set"
                : "below a peer on nDCG@10 or top-1: " + String.join(", ", losses), met(losses.isEmpty()));
    }

    private static String met(boolean met) {
        return met ? "**met**" : "**missed**";
    }

    private static Verdict notMeasured(Goal goal) {
        return new Verdict(goal.goal(), "not measured in the latest run", "–");
    }
}
