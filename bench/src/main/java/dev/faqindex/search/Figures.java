package dev.faqindex.search;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/** Top-1, top-3, MRR@10 and nDCG@10 of a mode's order over some queries, as the eval command computes them. */
record Figures(int queries, double top1, double top3, double mrr, double ndcg) {

    static Figures of(List<RankingDataset.Query> queries, Function<RankingDataset.Query, double[]> weights,
            RankingTrainer.Mode mode, Predicate<RankingDataset.Candidate> usable) {
        return of(queries, q -> mode.order(q, weights.apply(q), usable, 10));
    }

    /**
     * The figures of the weighted fusion that ranked hybrid search before the learned ranking: 0.7 of BM25 over the
     * best BM25, 0.3 of the cosine min-max normalised over the vector candidates.
     */
    static Figures ofWeightedFusion(List<RankingDataset.Query> queries) {
        int lex = CandidateFeatures.NAMES.indexOf("lex");
        int cos = CandidateFeatures.NAMES.indexOf("cos");
        int vecRank = CandidateFeatures.NAMES.indexOf("vecrank");
        return of(queries, q -> {
            double max = q.candidates().stream().filter(c -> c.features()[vecRank] > 0)
                    .mapToDouble(c -> c.features()[cos]).max().orElse(0);
            double min = q.candidates().stream().filter(c -> c.features()[vecRank] > 0)
                    .mapToDouble(c -> c.features()[cos]).min().orElse(0);
            java.util.function.ToDoubleFunction<RankingDataset.Candidate> fused = c -> 0.7 * c.features()[lex]
                    + (c.features()[vecRank] > 0 ? 0.3 * (max > min ? (c.features()[cos] - min) / (max - min) : 1) : 0);
            return q.candidates().stream()
                    .sorted(java.util.Comparator.comparingDouble((RankingDataset.Candidate c) -> -fused.applyAsDouble(c))
                            .thenComparing(RankingDataset.Candidate::chunk))
                    .limit(10).toList();
        });
    }

    private static Figures of(List<RankingDataset.Query> queries,
            Function<RankingDataset.Query, List<RankingDataset.Candidate>> order) {
        double top1 = 0;
        double top3 = 0;
        double mrr = 0;
        double ndcg = 0;
        for (RankingDataset.Query q : queries) {
            List<RankingDataset.Candidate> ranked = order.apply(q);
            int first = 0;
            double dcg = 0;
            int counted = 0;
            for (int i = 0; i < ranked.size(); i++) {
                if (ranked.get(i).relevant()) {
                    first = first == 0 ? i + 1 : first;
                    // Title-judged queries count one relevant result, id-judged ones each relevant entry.
                    if (q.relevantCount() > 1 || counted == 0) {
                        dcg += 1 / log2(i + 2);
                        counted++;
                    }
                }
            }
            double ideal = 0;
            for (int i = 0; i < Math.min(10, q.relevantCount()); i++) {
                ideal += 1 / log2(i + 2);
            }
            top1 += first == 1 ? 1 : 0;
            top3 += first >= 1 && first <= 3 ? 1 : 0;
            mrr += first == 0 ? 0 : 1.0 / first;
            ndcg += dcg / ideal;
        }
        int n = Math.max(1, queries.size());
        return new Figures(queries.size(), top1 / n, top3 / n, mrr / n, ndcg / n);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "queries=%4d top1=%.3f top3=%.3f MRR@10=%.3f nDCG@10=%.3f", queries, top1,
                top3, mrr, ndcg);
    }
}
