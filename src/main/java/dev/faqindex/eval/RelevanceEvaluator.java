package dev.faqindex.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs judged queries through any ranking function and computes top-1, top-3, MRR@10, nDCG@10 and recall@10. */
public final class RelevanceEvaluator {

    /** Cut-off for every measure. */
    public static final int DEPTH = 10;

    /** A ranking to evaluate: the first {@link #DEPTH} results for a query text, best first. */
    @FunctionalInterface
    public interface Ranker {
        List<RankedItem> rank(String query, int depth) throws IOException;
    }

    private RelevanceEvaluator() {
    }

    public static RelevanceReport evaluate(List<JudgedQuery> queries, Ranker ranker) throws IOException {
        int top1 = 0;
        int top3 = 0;
        double mrr = 0;
        double ndcg = 0;
        double recall = 0;
        List<RelevanceReport.QueryOutcome> outcomes = new ArrayList<>();
        for (JudgedQuery query : queries) {
            List<RankedItem> ranked = ranker.rank(query.text(), DEPTH);
            int first = 0;
            double dcg = 0;
            Set<String> found = new HashSet<>();
            int relevantSeen = 0;
            for (int i = 0; i < Math.min(DEPTH, ranked.size()); i++) {
                RankedItem item = ranked.get(i);
                if (!query.isRelevant(item)) {
                    continue;
                }
                if (first == 0) {
                    first = i + 1;
                }
                // Title-judged queries count one relevant result; id-judged ones count each id once.
                boolean counts = query.relevantIds().isEmpty() ? relevantSeen == 0 : found.add(item.id());
                if (counts) {
                    relevantSeen++;
                    dcg += 1.0 / log2(i + 2);
                }
            }
            double ideal = 0;
            for (int i = 0; i < Math.min(DEPTH, query.relevantCount()); i++) {
                ideal += 1.0 / log2(i + 2);
            }
            if (first == 1) {
                top1++;
            }
            if (first >= 1 && first <= 3) {
                top3++;
            }
            mrr += first == 0 ? 0 : 1.0 / first;
            ndcg += ideal == 0 ? 0 : dcg / ideal;
            recall += (double) relevantSeen / query.relevantCount();
            outcomes.add(new RelevanceReport.QueryOutcome(query, first,
                    ranked.stream().limit(3).map(RelevanceEvaluator::shown).toList()));
        }
        int n = queries.size();
        return new RelevanceReport(n, top1, top3, mean(mrr, n), mean(ndcg, n), mean(recall, n), outcomes);
    }

    /** A result as a verbose report shows it: its title, and its content file when known. */
    private static String shown(RankedItem item) {
        return item.path().isEmpty() ? item.title() : item.title() + " (" + item.path() + ")";
    }

    private static double mean(double sum, int n) {
        return n == 0 ? 0 : sum / n;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
