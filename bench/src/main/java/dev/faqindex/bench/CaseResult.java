package dev.faqindex.bench;

import dev.faqindex.eval.RelevanceReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * All engines' runs on one benchmark case, and how faq-index compares with each peer figure by figure.
 *
 * @param benchmarkCase the case
 * @param faqIndex faq-index's run
 * @param peers the baselines' runs (SQLite FTS5 first, then PostgreSQL when it took part)
 */
public record CaseResult(BenchmarkCase benchmarkCase, EngineRun faqIndex, List<EngineRun> peers) {

    private static final double TOLERANCE = 1e-9;

    public CaseResult {
        peers = List.copyOf(peers);
    }

    /** The relevance figures on which faq-index is below {@code peer}. */
    public List<String> figuresFaqIndexLoses(EngineRun peer) {
        return compare(peer, -1);
    }

    /** The relevance figures on which faq-index is above {@code peer}. */
    public List<String> figuresFaqIndexWins(EngineRun peer) {
        return compare(peer, 1);
    }

    private List<String> compare(EngineRun peer, int sign) {
        List<String> names = new ArrayList<>();
        add(names, peer, sign, "top-1", r -> r.top1());
        add(names, peer, sign, "top-3", r -> r.top3());
        add(names, peer, sign, "MRR@10", RelevanceReport::mrr10);
        add(names, peer, sign, "nDCG@10", RelevanceReport::ndcg10);
        add(names, peer, sign, "recall@10", RelevanceReport::recall10);
        return names;
    }

    private void add(List<String> names, EngineRun peer, int sign, String name,
            ToDoubleFunction<RelevanceReport> figure) {
        double difference = figure.applyAsDouble(faqIndex.report()) - figure.applyAsDouble(peer.report());
        if (difference * sign > TOLERANCE) {
            names.add(name);
        }
    }
}
