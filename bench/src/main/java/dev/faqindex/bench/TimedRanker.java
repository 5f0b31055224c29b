package dev.faqindex.bench;

import dev.faqindex.eval.RankedItem;
import dev.faqindex.eval.RelevanceEvaluator;
import java.io.IOException;
import java.util.List;

/** Wraps a ranker and adds up the wall-clock time of its calls. */
final class TimedRanker implements RelevanceEvaluator.Ranker {

    private final RelevanceEvaluator.Ranker ranker;
    private long nanos;
    private int calls;

    TimedRanker(RelevanceEvaluator.Ranker ranker) {
        this.ranker = ranker;
    }

    @Override
    public List<RankedItem> rank(String query, int depth) throws IOException {
        long start = System.nanoTime();
        try {
            return ranker.rank(query, depth);
        } finally {
            nanos += System.nanoTime() - start;
            calls++;
        }
    }

    /** Mean time per call in milliseconds; 0 before any call. */
    double meanMillis() {
        return calls == 0 ? 0 : nanos / 1e6 / calls;
    }
}
