package dev.faqindex.search;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * One query's way through the index, the same for search and retrieve: read the user's text
 * ({@link QueryInterpreter}), start the time limit, rewrite the lexical query once, count matches and facets beside
 * the ranking when asked, and rank in the requested mode ({@link ModeRanker}, fusing by a {@link HybridFusion}).
 * Thread-safe; the caller lends the searcher.
 */
final class SearchPipeline implements AutoCloseable {

    /** Chunks from which facets are counted on another core while the ranking runs. */
    static final int PARALLEL_COUNT_DOCS = 50_000;

    /**
     * What to rank.
     *
     * @param text the user's text, as typed
     * @param mode how to rank
     * @param filters what the ranking and the counts are restricted to
     * @param depth how many of the best chunks to return
     * @param counted whether to count every match and the facets of the matches, as a page of search results
     *     shows; retrieval needs neither
     * @param curation what the query rules that fired for the text do
     */
    record Request(String text, SearchMode mode, Filters filters, int depth, boolean counted, Curation curation) {

        /** A request no query rule applies to. */
        Request(String text, SearchMode mode, Filters filters, int depth, boolean counted) {
            this(text, mode, filters, depth, counted, Curation.NONE);
        }
    }

    private final QueryInterpreter interpreter;
    private final ModeRanker ranker;
    private final FacetCounter facets;
    private final long searchTimeoutMs;
    private final int parallelCountDocs;
    private final SideTasks sideTasks = new SideTasks();
    private final StoredDocuments stored = new StoredDocuments(StoredDocuments.DEFAULT_MAX_BYTES);

    /**
     * @param facets the facet counter (whose per-reader values the service warms)
     * @param parallelCountDocs index size from which facets are counted on another core
     */
    SearchPipeline(QueryInterpreter interpreter, ModeRanker ranker, FacetCounter facets, long searchTimeoutMs,
            int parallelCountDocs) {
        this.interpreter = interpreter;
        this.ranker = ranker;
        this.facets = facets;
        this.searchTimeoutMs = searchTimeoutMs;
        this.parallelCountDocs = parallelCountDocs;
    }

    /**
     * Ranks {@code request} on {@code shared} (a searcher from the manager, kept by the caller until it is done with
     * the result), reading the text with the synonyms of {@code synonymAnalyzer}, then applies its query rules.
     *
     * @throws ModeUnavailableException for semantic or hybrid on an index without embeddings
     */
    Ranked rank(IndexSearcher shared, Analyzer synonymAnalyzer, Request request) throws IOException {
        return rankCurated(shared, synonymAnalyzer, request).ranked();
    }

    /** As {@link #rank}, with what the query rules did to each chunk they moved. */
    Curation.Applied rankCurated(IndexSearcher shared, Analyzer synonymAnalyzer, Request request) throws IOException {
        // The time limit covers matching only: reading the query (and loading the model the first time) is not
        // matching, and must not eat into it.
        Filters filters = request.filters();
        QueryInterpreter.Interpreted query = interpreter.interpret(request.text(), request.mode(),
                shared.getIndexReader(), synonymAnalyzer, filters.audience());
        IndexSearcher searcher = timeLimited(shared);
        ModeRanker.Lexical lexical = ModeRanker.Lexical.rewrite(searcher, query.lexical());
        Curation curation = request.curation();
        // What may be shown at all (the audience and the rules' restriction), and that narrowed by the user's filters.
        Optional<Query> visible = both(filters.audience().restriction(), curation.restriction());
        Optional<Query> allowed = both(filters.asQuery(), curation.restriction());
        int depth = curation.depth(request.depth());
        Ranked ranked;
        if (!request.counted()) {
            ModeRanker.Ranking ranking = ranker.rank(searcher, lexical, query, allowed, request.mode(), depth, false);
            ranked = new Ranked(searcher, lexical, suggestion(searcher, query, ranking), ranking.top(),
                    ranking.total(), Map.of(), ranking.assessed(), query.words(), query.vector());
        } else {
            // Facets count every match of the query as the user did not filter it (but as its audience and the rules
            // restrict it); without filters that count is the total too, and the ranking need not count again (so
            // BM25 can skip chunks that cannot reach the page). On a large index the counting runs on another core
            // while this thread ranks.
            ModeRanker.Ranking ranking;
            FacetCounter.Counted count;
            if (countedBeside(searcher, filters, request.mode())) {
                ranking = ranker.rank(searcher, lexical, query, allowed, request.mode(), depth, false,
                        facets.tally(searcher.getIndexReader()));
                count = ranking.counted();
            } else {
                Query counted = visible.isEmpty() ? lexical.rewritten() : new BooleanQuery.Builder()
                        .add(lexical.rewritten(), BooleanClause.Occur.MUST)
                        .add(visible.get(), BooleanClause.Occur.FILTER)
                        .build();
                SideTasks.Forked<FacetCounter.Counted> counting = forkIfLarge(searcher,
                        () -> facets.count(searcher, counted));
                ranking = ranker.rank(searcher, lexical, query, allowed, request.mode(), depth, !filters.isEmpty());
                count = counting.join();
            }
            boolean countedIsTotal = filters.isEmpty() && request.mode() != SearchMode.SEMANTIC; // semantic: vectors
            long total = countedIsTotal ? count.matches() + ranking.vectorOnly() : ranking.total();
            ranked = new Ranked(searcher, lexical, suggestion(searcher, query, ranking), ranking.top(), total,
                    count.facets(), ranking.assessed(), query.words(), query.vector());
        }
        return curation.apply(ranked, allowed, request.depth());
    }

    /**
     * Whether the facets are counted in the ranking's own lexical pass rather than in a pass of their own: when the
     * ranking's query is the counted one (no filter of the user's: both are the lexical query as the audience and
     * the rules restrict it), the mode has a lexical pass, and the index is small enough that the counting would not
     * run on another core anyway. One pass that scores every match is then cheaper than a ranking that skips
     * followed by an unscored pass over every match.
     */
    private boolean countedBeside(IndexSearcher searcher, Filters filters, SearchMode mode) {
        return filters.isEmpty() && mode != SearchMode.SEMANTIC
                && searcher.getIndexReader().maxDoc() < parallelCountDocs;
    }

    /** Both restrictions, or the one there is. */
    private static Optional<Query> both(Optional<Query> first, Optional<Query> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return first.isPresent() ? first : second;
        }
        return Optional.of(new BooleanQuery.Builder()
                .add(first.get(), BooleanClause.Occur.FILTER)
                .add(second.get(), BooleanClause.Occur.FILTER)
                .build());
    }

    private static String suggestion(IndexSearcher searcher, QueryInterpreter.Interpreted query,
            ModeRanker.Ranking ranking) throws IOException {
        return ConfirmedSuggestion.of(searcher, query.suggestion(), query.corrections(), ranking.top());
    }

    /**
     * Work on another core when the index is large enough that counting its matches takes longer than handing the
     * work over (a few tens of microseconds); on a small index it runs on the caller when joined.
     */
    private <T> SideTasks.Forked<T> forkIfLarge(IndexSearcher searcher, SideTasks.Work<T> work) {
        return searcher.getIndexReader().maxDoc() >= parallelCountDocs ? sideTasks.fork(work)
                : SideTasks.Forked.onCaller(work);
    }

    /**
     * A searcher over the same reader that stops matching at the configured search time limit and then returns what
     * it found ({@link IndexSearcher#timedOut()} tells), and reads stored fields through {@link StoredDocuments}.
     * Searchers from the manager are shared, so each search gets its own; making one is cheap.
     */
    private IndexSearcher timeLimited(IndexSearcher shared) {
        StoredFields storedFields = stored.of(shared.getIndexReader());
        IndexSearcher searcher = new IndexSearcher(shared.getIndexReader()) {
            @Override
            public StoredFields storedFields() {
                return storedFields;
            }
        };
        searcher.setSimilarity(shared.getSimilarity());
        searcher.setTimeout(new QueryTimeoutImpl(searchTimeoutMs));
        // No query cache: a search's queries are its own words, which the cache does not keep, and looking them up
        // in the process-wide cache made concurrent requests queue on its lock.
        searcher.setQueryCache(null);
        return searcher;
    }

    @Override
    public void close() {
        sideTasks.close();
    }
}
