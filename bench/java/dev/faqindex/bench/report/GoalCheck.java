package dev.faqindex.bench.report;

import dev.faqindex.bench.http.HttpFigures;
import dev.faqindex.bench.http.StartupFigures;
import dev.faqindex.bench.latency.LatencyFigures;
import dev.faqindex.bench.results.IndexingFigures;
import dev.faqindex.bench.results.QueryFigures;
import dev.faqindex.bench.results.RelevanceRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The goals, each judged against the latest run's figures: met, missed, or not measured. */
final class GoalCheck {

    private static final long TWO_GB = 2L << 30;

    private GoalCheck() {
    }

    /** One goal's line. */
    record Verdict(String goal, String measured, String verdict) {
    }

    static List<Verdict> verdicts(RunResults results) {
        List<Verdict> verdicts = new ArrayList<>();
        Optional<HttpFigures> http = results.http().stream()
                .filter(h -> h.mode().equals("lexical") && h.label().equals("10k")).findFirst();
        verdicts.add(http.map(h -> new Verdict("`/api/search` throughput at least 50% of the trivial endpoint's",
                        Figures.rate(h.search().requestsPerSecond()) + " vs " + Figures.rate(h.trivial().requestsPerSecond())
                                + " requests/s: " + Figures.percent(h.throughputRatio()) + " with the result cache"
                                + uncached(h, " (cache off: " + Figures.rate(h.searchUncached().requestsPerSecond())
                                        + " requests/s, " + Figures.percent(h.uncachedThroughputRatio()) + ")"),
                        withAndWithoutCache(h.throughputRatio() >= 0.5, h.uncachedThroughputRatio() >= 0.5)))
                .orElse(notMeasured("`/api/search` throughput at least 50% of the trivial endpoint's")));
        verdicts.add(http.map(h -> new Verdict("`/api/search` p99 under 5 ms at 10k chunks, 16 connections",
                        "p99 " + Figures.ms(h.search().p99Ms()) + " with the result cache"
                                + uncached(h, " (cache off: " + Figures.ms(h.searchUncached().p99Ms()) + ")")
                                + " (" + h.connections() + " connections)",
                        withAndWithoutCache(h.search().p99Ms() < 5 && h.connections() == 16,
                                h.searchUncached() != null && h.searchUncached().p99Ms() < 5)))
                .orElse(notMeasured("`/api/search` p99 under 5 ms at 10k chunks, 16 connections")));
        List<IndexingFigures> lexical = results.indexing().stream().filter(b -> !b.semantic()).toList();
        // A 10k build in a fresh JVM is mostly JIT warm-up; the rate is judged on the larger builds.
        List<IndexingFigures> judged = lexical.stream().filter(b -> b.chunks() >= 100_000).toList();
        verdicts.add(judged.isEmpty() ? notMeasured("Indexing at least 5,000 chunks/s (lexical, 100k and more)")
                : new Verdict("Indexing at least 5,000 chunks/s (lexical, 100k and more)", String.join(", ",
                        lexical.stream().map(b -> b.label() + " " + Figures.rate(b.chunksPerSecond()) + "/s").toList())
                        + " (fresh JVM each)", met(judged.stream().allMatch(b -> b.chunksPerSecond() >= 5000))));
        Optional<IndexingFigures> million = lexical.stream().filter(b -> b.chunks() >= 1_000_000).findFirst();
        verdicts.add(million.map(b -> new Verdict("1M chunks indexed with under 2 GB heap",
                        "built with -Xmx" + Figures.megabytes(b.maxHeapBytes()) + "; peak heap after GC "
                                + Figures.megabytes(b.peakHeapAfterGcBytes()),
                        met(b.maxHeapBytes() <= TWO_GB)))
                .orElse(notMeasured("1M chunks indexed with under 2 GB heap")));
        Optional<QueryFigures> millionQueries = results.queries().stream().filter(q -> q.chunks() >= 1_000_000)
                .findFirst();
        verdicts.add(millionQueries.map(q -> new Verdict("p99 search under 50 ms at 1M chunks",
                        "p99 " + Figures.ms(q.engines().getFirst().p99Ms()) + " (in-process, one thread, p50 "
                                + Figures.ms(q.engines().getFirst().p50Ms()) + ")",
                        met(q.engines().getFirst().p99Ms() < 50)))
                .orElse(notMeasured("p99 search under 50 ms at 1M chunks")));
        verdicts.add(startup(results.startups()));
        verdicts.add(faster(results.queries()));
        verdicts.add(relevance(results.relevance()));
        return verdicts;
    }

    /**
     * Judged on the launches through {@code bin/faq-index}, the start command the README gives; plain
     * {@code java -jar} is reported beside it.
     */
    private static Verdict startup(List<StartupFigures> all) {
        String goal = "Start-up to ready under 2 s with an existing index";
        List<StartupFigures> launcher = all.stream().filter(s -> !s.launch().equals("java -jar")).toList();
        List<StartupFigures> plain = all.stream().filter(s -> s.launch().equals("java -jar")).toList();
        List<StartupFigures> judged = launcher.isEmpty() ? plain : launcher;
        if (judged.isEmpty()) {
            return notMeasured(goal);
        }
        String figures = "slowest launch " + (launcher.isEmpty() ? "(`java -jar`)" : "(`bin/faq-index`)") + ": "
                + slowest(judged) + (launcher.isEmpty() || plain.isEmpty() ? "" : "; plain `java -jar`: " + slowest(plain));
        return new Verdict(goal, figures, met(judged.stream().allMatch(s -> s.worstReadyMillis() < 2000)));
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

    static String table(RunResults results) {
        StringBuilder out = new StringBuilder("| goal | measured | verdict |\n|---|---|---|\n");
        for (Verdict verdict : verdicts(results)) {
            out.append("| ").append(verdict.goal()).append(" | ").append(verdict.measured()).append(" | ")
                    .append(verdict.verdict()).append(" |\n");
        }
        return out.toString();
    }

    /** faq-index's p50 and p99 below every peer's, at every size. */
    private static Verdict faster(List<QueryFigures> runs) {
        String goal = "Faster than SQLite FTS5 and PostgreSQL on the same work (p50 and p99, every size)";
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
        }
        return any ? new Verdict(goal, "peer time / faq-index time: " + String.join("; ", measured), met(all))
                : notMeasured(goal);
    }

    /** The default mode's nDCG@10 and top-1 at least each peer's on every query set. */
    private static Verdict relevance(List<RelevanceRow> rows) {
        String goal = "... at the same relevance or better (relevance benchmark, default mode hybrid)";
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
        return new Verdict(goal, losses.isEmpty() ? "nDCG@10 and top-1 at least each peer's on every query set"
                : "below a peer on nDCG@10 or top-1: " + String.join(", ", losses), met(losses.isEmpty()));
    }

    private static String met(boolean met) {
        return met ? "**met**" : "**missed**";
    }

    private static Verdict notMeasured(String goal) {
        return new Verdict(goal, "not measured in the latest run", "–");
    }
}
