/**
 * Search over the index: what a user typed goes in, ranked hits with highlighted snippets (or passages to quote) come
 * out. {@link dev.faqindex.search.SearchService} and {@link dev.faqindex.search.PassageRetriever} are the entry
 * points; their requests and results are records; the steps between are package-private.
 *
 * <h2>The pipeline</h2>
 * A search and a retrieval take the same steps, in this order, on one searcher of the current commit (lent by
 * {@code Searchers}, the one place that acquires and releases them):
 * <ol>
 *   <li><b>Interpret</b> ({@code QueryInterpreter}): the search box syntax ({@link dev.faqindex.search.UserQuery});
 *       the lexical query ({@code LexicalQueryBuilder}, matching in the {@code WeightedFields}, with unknown words
 *       forgiven as the {@code TypoPolicy} says and synonyms of the {@link dev.faqindex.search.SynonymFile} added by
 *       {@code SynonymExpansion}); the corrected text to suggest; the embedding of the words.</li>
 *   <li><b>Rank</b> ({@code SearchPipeline}, {@code ModeRanker}): within the search time limit, BM25 over the lexical
 *       query, the nearest embeddings, or both ordered by the {@code LearnedRanking} (a linear model over each
 *       candidate's {@code CandidateFeatures}, read from the postings by {@code TermMatches}, weights in
 *       {@code ranking-model.properties} written by {@code bench/train-ranking.sh}) or merged by a
 *       {@link dev.faqindex.search.HybridFusion} when one is asked for. The learned ranking also gives every hit of
 *       every mode its calibrated confidence ({@code RankingModel}). The request's
 *       {@link dev.faqindex.search.Filters} restrict every ranking and count; the vector candidates are restricted by
 *       the query's required and excluded clauses too ({@code QueryConstraints}). A search also counts the matches
 *       and their facets ({@code FacetCounter}) beside the ranking. The outcome is a {@code Ranked} list.</li>
 *   <li><b>Present</b>: a search shows the requested page of hits or of article groups ({@code HitPager}), each hit
 *       with its snippet ({@code SnippetHighlighter}, reading a plain disjunction's matches from each body's
 *       cached tokens, {@code BodyLayout}) and, on request, its explanation ({@code HitRenderer}), the quick answer
 *       when the best hit is confident enough ({@code QuickAnswers}, {@code AnswerSentences}), and keeps the page in
 *       the {@code ResultCache}; a retrieval quotes distinct passages within a token budget, none below its
 *       {@code minConfidence}. "Did you mean" is offered only when a corrected word is in the best hit
 *       ({@code ConfirmedSuggestion}).</li>
 * </ol>
 * Beside the pipeline, {@code ChunkStore} reads chunks back by id or article, {@code RelatedChunks} finds chunks like
 * a given one, and {@link dev.faqindex.search.TitleSuggester} completes what a user is typing.
 *
 * <h2>Where new ranking work goes</h2>
 * <ul>
 *   <li>Another way of merging the two rankings (a learned fusion): another {@code HybridFusion}, measured with
 *       {@code faq-index eval --fusion}.</li>
 *   <li>A restriction every front end must honour (internal content hidden from the public): a field of
 *       {@code Filters}, which search, retrieval, the vector candidates and the counts all apply.</li>
 *   <li>Work on the ranked list (a calibrated confidence per hit, abstaining when nothing answers, query rules that
 *       pin, hide or boost, collapsing the parts of a split section): a step between ranking and presenting that
 *       takes a {@code Ranked} list and gives one, as Lucene's {@code Rescorer} and Anserini's reranker cascade do,
 *       so that search and retrieval get it alike.</li>
 *   <li>The quick answer: presenting, from the top of the {@code Ranked} list.</li>
 * </ul>
 * Ranking changes are measured with {@code faq-index eval} on every dev set; docs/BENCHMARKS.md keeps the figures.
 */
package dev.faqindex.search;
