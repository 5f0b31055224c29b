package dev.faqindex.bench;

import dev.faqindex.eval.JudgedQuery;
import dev.faqindex.eval.RelevanceEvaluator;
import dev.faqindex.eval.RelevanceReport;
import java.io.IOException;
import java.util.List;

/**
 * One engine's figures on one query set: its relevance report and its mean query latency, measured warm.
 *
 * @param engine engine name
 * @param report relevance figures
 * @param meanMillis mean wall-clock time of one query, in milliseconds
 */
public record EngineRun(String engine, RelevanceReport report, double meanMillis) {

    /** Query calls made for warming up, and again for timing, at the least. */
    static final int MIN_TIMED_CALLS = 1000;

    /**
     * Evaluates {@code ranker} on {@code queries}, then runs the whole set again untimed to warm up and finally
     * timed, each enough times to make at least {@link #MIN_TIMED_CALLS} calls (three passes at the least).
     */
    public static EngineRun measure(String engine, RelevanceEvaluator.Ranker ranker, List<JudgedQuery> queries)
            throws IOException {
        RelevanceReport report = RelevanceEvaluator.evaluate(queries, ranker);
        int passes = Math.max(3, (MIN_TIMED_CALLS + queries.size() - 1) / Math.max(1, queries.size()));
        for (int pass = 0; pass < passes; pass++) {
            runAll(ranker, queries);
        }
        TimedRanker timed = new TimedRanker(ranker);
        for (int pass = 0; pass < passes; pass++) {
            runAll(timed, queries);
        }
        return new EngineRun(engine, report, timed.meanMillis());
    }

    private static void runAll(RelevanceEvaluator.Ranker ranker, List<JudgedQuery> queries) throws IOException {
        for (JudgedQuery query : queries) {
            ranker.rank(query.text(), RelevanceEvaluator.DEPTH);
        }
    }
}
