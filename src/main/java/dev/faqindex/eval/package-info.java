/**
 * Measuring ranking quality: judged query sets (queries with their relevant answers, from a tab-separated file or
 * TREC-style judgments: {@link dev.faqindex.eval.QuerySets}) run through any ranking, scored as top-1, top-3,
 * MRR@10, nDCG@10 and recall@10 ({@link dev.faqindex.eval.RelevanceEvaluator}). Used by {@code faq-index eval}, the
 * relevance tests and the benchmarks; it knows nothing of Lucene or HTTP.
 */
package dev.faqindex.eval;
