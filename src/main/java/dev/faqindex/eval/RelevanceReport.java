package dev.faqindex.eval;

import java.util.List;
import java.util.Locale;

/**
 * The relevance figures of one run over a query set.
 *
 * @param queries number of queries
 * @param top1 queries whose first result is relevant
 * @param top3 queries with a relevant result in the first three
 * @param mrr10 mean reciprocal rank of the first relevant result, cut at 10
 * @param ndcg10 mean nDCG@10 (binary gains)
 * @param recall10 mean share of the relevant results found in the first ten
 * @param perQuery each query's outcome, in input order
 */
public record RelevanceReport(
        int queries, int top1, int top3, double mrr10, double ndcg10, double recall10, List<QueryOutcome> perQuery) {

    /**
     * How one query did.
     *
     * @param query the judged query
     * @param firstRelevantRank 1-based rank of the first relevant result, 0 when none in the first ten
     * @param topTitles the titles of the first three results (with their content files, when known)
     */
    public record QueryOutcome(JudgedQuery query, int firstRelevantRank, List<String> topTitles) {
    }

    /** One line of figures, e.g. for a table. */
    public String summary() {
        return String.format(Locale.ROOT, "queries=%d top1=%d (%.3f) top3=%d (%.3f) MRR@10=%.3f nDCG@10=%.3f recall@10=%.3f",
                queries, top1, fraction(top1), top3, fraction(top3), mrr10, ndcg10, recall10);
    }

    public double fraction(int count) {
        return queries == 0 ? 0 : (double) count / queries;
    }
}
