package dev.faqindex.bench.results;

/**
 * One engine's relevance figures on one query set, from the relevance benchmark.
 *
 * @param set the query set
 * @param engine the engine ({@code faq-index lexical}, {@code SQLite FTS5}, ...)
 * @param queries judged queries
 * @param top1 share of queries with a relevant result first
 * @param top3 share with one in the first three
 * @param mrr10 mean reciprocal rank at 10
 * @param ndcg10 nDCG at 10
 * @param recall10 recall at 10
 * @param meanMs mean latency of one query, warm
 */
public record RelevanceRow(String set, String engine, int queries, double top1, double top3, double mrr10,
        double ndcg10, double recall10, double meanMs) {
}
