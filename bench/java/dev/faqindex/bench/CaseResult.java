package dev.faqindex.bench;

import dev.faqindex.eval.RelevanceReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Both engines' runs on one benchmark case, and how faq-index compares figure by figure.
 *
 * @param benchmarkCase the case
 * @param faqIndex faq-index's run
 * @param fts5 the FTS5 baseline's run
 */
public record CaseResult(BenchmarkCase benchmarkCase, EngineRun faqIndex, EngineRun fts5) {

    private static final double TOLERANCE = 1e-9;

    /** The relevance figures on which faq-index is below FTS5. */
    public List<String> figuresFaqIndexLoses() {
        return compare(-1);
    }

    /** The relevance figures on which faq-index is above FTS5. */
    public List<String> figuresFaqIndexWins() {
        return compare(1);
    }

    private List<String> compare(int sign) {
        List<String> names = new ArrayList<>();
        add(names, sign, "top-1", r -> r.top1());
        add(names, sign, "top-3", r -> r.top3());
        add(names, sign, "MRR@10", RelevanceReport::mrr10);
        add(names, sign, "nDCG@10", RelevanceReport::ndcg10);
        add(names, sign, "recall@10", RelevanceReport::recall10);
        return names;
    }

    private void add(List<String> names, int sign, String name, ToDoubleFunction<RelevanceReport> figure) {
        double difference = figure.applyAsDouble(faqIndex.report()) - figure.applyAsDouble(fts5.report());
        if (difference * sign > TOLERANCE) {
            names.add(name);
        }
    }
}
