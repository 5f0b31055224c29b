package dev.faqindex.search;

import dev.faqindex.index.NearestChunks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Ranks the chunks of one searcher in a {@link SearchMode}: BM25 over the lexical query, the nearest embeddings
 * (HNSW, restricted by the same filter), or both: ranked by the {@link LearnedRanking} (the standard) or merged by a
 * {@link HybridFusion}; in lexical mode the answers to one question rank together ({@link SameQuestionAnswers}).
 * The learned ranking also assesses the hits of every mode (their calibrated confidence)
 * when the index holds embeddings. In semantic and hybrid modes the
 * user's required phrases ({@code "..."}, {@code +word}) and exclusions ({@code -word}) restrict the vector
 * candidates too ({@link QueryConstraints}), so query syntax means the same in every mode.
 */
final class ModeRanker {

    /**
     * Least vector score ({@code (1 + cosine) / 2}) for a chunk to count as close in meaning. Every chunk has a
     * nearest neighbour, even of gibberish; below cosine 0.2 MiniLM texts are unrelated, and showing them would
     * turn "no results" into a page of noise.
     */
    static final float MIN_VECTOR_SCORE = 0.6f;

    /** Matches counted exactly when a ranking need not count them all (Lucene's own default). */
    static final int COUNT_THRESHOLD = 1000;

    private final HybridFusion fusion;
    private final Optional<LearnedRanking> learned;

    /** Hybrid ranking merged by {@code fusion}; hits are not assessed. */
    ModeRanker(HybridFusion fusion) {
        this(fusion, Optional.empty());
    }

    /** Hybrid ranking by {@code learned} when present (which also assesses hits), else by {@code fusion}. */
    ModeRanker(HybridFusion fusion, Optional<LearnedRanking> learned) {
        this.fusion = fusion;
        this.learned = learned;
    }

    /** {@link #rank(IndexSearcher, Lexical, QueryInterpreter.Interpreted, Optional, SearchMode, int, boolean)} by
     * {@code filters}. */
    Ranking rank(IndexSearcher searcher, Lexical lexical, QueryInterpreter.Interpreted query, Filters filters,
            SearchMode mode, int n, boolean countAll) throws IOException {
        return rank(searcher, lexical, query, filters.asQuery(), mode, n, countAll);
    }

    /**
     * The ranking of one query.
     *
     * @param top the first {@code n} chunks (or fewer), best first
     * @param lexicalMatches chunks that match lexically (0 in semantic mode): exact when the ranking was asked to
     *     count every match, else at least the threshold it was given
     * @param vectorOnly candidates found by meaning that do not match lexically (all of them in semantic mode)
     * @param assessed the learned assessment of each top document; empty when not assessed
     */
    record Ranking(ScoreDoc[] top, long lexicalMatches, long vectorOnly, Map<Integer, LearnedRanking.Assessed> assessed,
            FacetCounter.Counted counted) {

        Ranking(ScoreDoc[] top, long lexicalMatches, long vectorOnly, Map<Integer, LearnedRanking.Assessed> assessed) {
            this(top, lexicalMatches, vectorOnly, assessed, null);
        }

        Ranking(ScoreDoc[] top, long lexicalMatches, long vectorOnly) {
            this(top, lexicalMatches, vectorOnly, Map.of());
        }

        /** This ranking with what was counted beside its lexical pass ({@code null} for nothing). */
        Ranking with(FacetCounter.Counted beside) {
            return new Ranking(top, lexicalMatches, vectorOnly, assessed, beside);
        }

        /** Chunks that match: the lexical matches, plus vector candidates in the other modes. */
        long total() {
            return lexicalMatches + vectorOnly;
        }
    }

    /**
     * The lexical query of a search: as built from the user's text (its required and excluded clauses also restrict
     * the vector candidates) and rewritten for the searcher (what is scored and highlighted; rewriting expands fuzzy
     * words into indexed terms, which is costly, so it is done once per search).
     */
    record Lexical(Query built, Query rewritten) {

        static Lexical rewrite(IndexSearcher searcher, Query built) throws IOException {
            return new Lexical(built, searcher.rewrite(built));
        }
    }

    /**
     * The best {@code n} chunks for the query.
     *
     * @param lexical the lexical query, unfiltered
     * @param vector the query's embedding, or {@code null} when there is none (then no chunk is close by meaning)
     * @param filter what the ranking is restricted to (the request's filters, its audience, the query rules); empty
     *     for nothing
     * @param countAll whether to count every lexical match exactly; otherwise the count stops being exact past
     *     {@link #COUNT_THRESHOLD} matches, which lets BM25 skip chunks that cannot make the top {@code n}
     */
    Ranking rank(IndexSearcher searcher, Lexical lexical, QueryInterpreter.Interpreted query, Optional<Query> filter,
            SearchMode mode, int n, boolean countAll) throws IOException {
        return rank(searcher, lexical, query, filter, mode, n, countAll, null);
    }

    /**
     * As {@link #rank(IndexSearcher, Lexical, QueryInterpreter.Interpreted, Optional, SearchMode, int, boolean)},
     * also collecting every lexical match into {@code beside} (lexical and hybrid modes), whose result
     * {@link Ranking#counted()} holds: one pass over the matches that scores them all, instead of a ranking pass
     * that skips what cannot reach the page and then a second, unscored pass that counts.
     *
     * @param beside what to collect every match of the filtered lexical query into; {@code null} for nothing
     */
    Ranking rank(IndexSearcher searcher, Lexical lexical, QueryInterpreter.Interpreted query, Optional<Query> filter,
            SearchMode mode, int n, boolean countAll, CollectorManager<?, FacetCounter.Counted> beside)
            throws IOException {
        if (beside != null && mode == SearchMode.SEMANTIC) {
            throw new IllegalArgumentException("semantic mode has no lexical pass to count beside");
        }
        LexicalPass pass = new LexicalPass(beside);
        Ranking ranking = ranked(searcher, lexical, query, filter, mode, n, countAll, pass);
        return beside == null ? ranking : ranking.with(pass.counted);
    }

    private Ranking ranked(IndexSearcher searcher, Lexical lexical, QueryInterpreter.Interpreted query,
            Optional<Query> filter, SearchMode mode, int n, boolean countAll, LexicalPass pass) throws IOException {
        int threshold = countAll ? Integer.MAX_VALUE : COUNT_THRESHOLD;
        float[] vector = query.vector();
        int candidates = Math.max(n, fusion.candidates());
        boolean assess = learned.isPresent() && vector != null;
        return switch (mode) {
            case LEXICAL -> {
                TopDocs top = pass.top(searcher, lexical.rewritten(), filter, n, threshold);
                ScoreDoc[] ranked = SameQuestionAnswers.rankTogether(searcher, top.scoreDocs);
                if (learned.isEmpty()) {
                    yield new Ranking(ranked, top.totalHits.value(), 0);
                }
                // BM25's order is kept, answers to one question together (a learned lexical order was measured and
                // did not help, docs/BENCHMARKS.md); the hits are assessed by the words-only model.
                List<LearnedRanking.Assessed> assessed = learned.get().assess(searcher, query.words(), null,
                        top.scoreDocs, new ScoreDoc[0], false, ranked);
                yield new Ranking(ranked, top.totalHits.value(), 0, byDoc(assessed));
            }
            case SEMANTIC -> {
                ScoreDoc[] top = vectorTop(searcher, vector, candidateFilter(lexical, filter), n);
                if (!assess) {
                    yield new Ranking(top, 0, top.length);
                }
                // The lexical ranking is read too: the assessment weighs how well each hit matches the words.
                ScoreDoc[] lexicalTop = lexicalTop(searcher, lexical.rewritten(), filter, candidates, COUNT_THRESHOLD)
                        .scoreDocs;
                List<LearnedRanking.Assessed> assessed = learned.get().assess(searcher, query.words(), vector,
                        lexicalTop, top, false, top);
                yield new Ranking(top, 0, top.length, byDoc(assessed));
            }
            case HYBRID -> {
                Candidates both = candidates(searcher, lexical, vector, filter, candidates, threshold, pass);
                if (learned.isEmpty()) {
                    ScoreDoc[] fused = fusion.fuse(both.lexical().scoreDocs, both.semantic());
                    ScoreDoc[] top = fused.length <= n ? fused : Arrays.copyOf(fused, n);
                    yield new Ranking(top, both.lexical().totalHits.value(), both.vectorOnly());
                }
                // Without an embedding (no word of the query has a meaning to compare) only the words rank: BM25's
                // order, assessed by the words-only model.
                if (vector == null) {
                    ScoreDoc[] lexicalTop = both.lexical().scoreDocs;
                    ScoreDoc[] top = lexicalTop.length <= n ? lexicalTop : Arrays.copyOf(lexicalTop, n);
                    yield new Ranking(top, both.lexical().totalHits.value(), 0, byDoc(learned.get()
                            .assess(searcher, query.words(), null, top, new ScoreDoc[0], false, top)));
                }
                List<LearnedRanking.Assessed> assessed = learned.get().assess(searcher, query.words(), vector,
                        both.lexical().scoreDocs, both.semantic(), true, null);
                List<LearnedRanking.Assessed> best = assessed.subList(0, Math.min(n, assessed.size()));
                ScoreDoc[] top = best.stream().map(a -> new ScoreDoc(a.doc(), (float) a.score()))
                        .toArray(ScoreDoc[]::new);
                yield new Ranking(top, both.lexical().totalHits.value(), both.vectorOnly(), byDoc(best));
            }
        };
    }

    /**
     * The candidates of a hybrid ranking: the best {@code n} of each ranking.
     *
     * @param lexical the lexical ranking
     * @param semantic the vector ranking (close enough in meaning only)
     * @param vectorOnly how many of the vector candidates do not match lexically
     */
    record Candidates(TopDocs lexical, ScoreDoc[] semantic, long vectorOnly) {
    }

    /** Both rankings' best {@code n} for the query, as a hybrid search ranks them. */
    Candidates candidates(IndexSearcher searcher, Lexical lexical, float[] vector, Optional<Query> filter, int n,
            int threshold) throws IOException {
        return candidates(searcher, lexical, vector, filter, n, threshold, new LexicalPass(null));
    }

    private Candidates candidates(IndexSearcher searcher, Lexical lexical, float[] vector, Optional<Query> filter,
            int n, int threshold, LexicalPass pass) throws IOException {
        TopDocs lexicalTop = pass.top(searcher, lexical.rewritten(), filter, n, threshold);
        ScoreDoc[] vectorTop = vectorTop(searcher, vector, candidateFilter(lexical, filter), n);
        Set<Integer> lexicalDocs = new HashSet<>();
        for (ScoreDoc hit : lexicalTop.scoreDocs) {
            lexicalDocs.add(hit.doc);
        }
        long vectorOnly = Arrays.stream(vectorTop).filter(h -> !lexicalDocs.contains(h.doc)).count();
        return new Candidates(lexicalTop, vectorTop, vectorOnly);
    }

    private static Map<Integer, LearnedRanking.Assessed> byDoc(List<LearnedRanking.Assessed> assessed) {
        Map<Integer, LearnedRanking.Assessed> byDoc = new HashMap<>();
        assessed.forEach(a -> byDoc.put(a.doc(), a));
        return byDoc;
    }

    private static TopDocs lexicalTop(IndexSearcher searcher, Query lexical, Optional<Query> filter, int n,
            int threshold) throws IOException {
        return searcher.search(filtered(lexical, filter), new TopScoreDocCollectorManager(n, threshold));
    }

    private static Query filtered(Query lexical, Optional<Query> filter) {
        return filter.isEmpty() ? lexical : new BooleanQuery.Builder()
                .add(lexical, BooleanClause.Occur.MUST)
                .add(filter.get(), BooleanClause.Occur.FILTER)
                .build();
    }

    /**
     * The lexical ranking pass of one {@link #rank} call, and what it collects beside the best chunks when asked:
     * then every match is visited and scored (the count stays exact whatever the threshold).
     */
    private static final class LexicalPass {
        private final CollectorManager<?, FacetCounter.Counted> beside;
        private FacetCounter.Counted counted;

        LexicalPass(CollectorManager<?, FacetCounter.Counted> beside) {
            this.beside = beside;
        }

        TopDocs top(IndexSearcher searcher, Query lexical, Optional<Query> filter, int n, int threshold)
                throws IOException {
            if (beside == null) {
                return lexicalTop(searcher, lexical, filter, n, threshold);
            }
            Both<TopDocs, FacetCounter.Counted> both = searcher.search(filtered(lexical, filter),
                    new BothManager<>(new TopScoreDocCollectorManager(n, Integer.MAX_VALUE), beside));
            counted = both.second();
            return both.first();
        }
    }

    /** What two collectors collected in one pass. */
    private record Both<A, B>(A first, B second) {
    }

    /**
     * Two collectors fed every match of one pass, each leaf's matches handed to both directly (Lucene's
     * {@code MultiCollector} wraps the scorer for each and loops over a list per match).
     */
    private record BothManager<C1 extends Collector, A, C2 extends Collector, B>(CollectorManager<C1, A> first,
            CollectorManager<C2, B> second) implements CollectorManager<BothManager.Pair<C1, C2>, Both<A, B>> {

        record Pair<C1 extends Collector, C2 extends Collector>(C1 first, C2 second) implements Collector {

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                LeafCollector one = first.getLeafCollector(context);
                LeafCollector two = second.getLeafCollector(context);
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) throws IOException {
                        one.setScorer(scorer);
                        two.setScorer(scorer);
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        one.collect(doc);
                        two.collect(doc);
                    }

                    @Override
                    public void finish() throws IOException {
                        one.finish();
                        two.finish();
                    }
                };
            }

            @Override
            public ScoreMode scoreMode() {
                // Every match is collected by both: no collector may skip (COMPLETE unless neither needs scores).
                return first.scoreMode().needsScores() || second.scoreMode().needsScores() ? ScoreMode.COMPLETE
                        : ScoreMode.COMPLETE_NO_SCORES;
            }
        }

        @Override
        public Pair<C1, C2> newCollector() throws IOException {
            return new Pair<>(first.newCollector(), second.newCollector());
        }

        @Override
        public Both<A, B> reduce(Collection<Pair<C1, C2>> collectors) throws IOException {
            List<C1> firsts = new ArrayList<>();
            List<C2> seconds = new ArrayList<>();
            for (Pair<C1, C2> pair : collectors) {
                firsts.add(pair.first());
                seconds.add(pair.second());
            }
            return new Both<>(first.reduce(firsts), second.reduce(seconds));
        }
    }

    /** What vector candidates must satisfy: the filters and the lexical query's required and excluded clauses. */
    private static Optional<Query> candidateFilter(Lexical lexical, Optional<Query> filter) {
        return QueryConstraints.of(lexical.built()).restrict(filter);
    }

    private static ScoreDoc[] vectorTop(IndexSearcher searcher, float[] vector, Optional<Query> filter, int n)
            throws IOException {
        if (vector == null) {
            return new ScoreDoc[0];
        }
        return Arrays.stream(NearestChunks.search(searcher, vector, n, filter.orElse(null)))
                .filter(hit -> hit.score >= MIN_VECTOR_SCORE)
                .toArray(ScoreDoc[]::new);
    }
}
