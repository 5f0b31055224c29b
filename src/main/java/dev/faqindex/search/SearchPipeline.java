package dev.faqindex.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;

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
     */
    record Request(String text, SearchMode mode, Filters filters, int depth, boolean counted) {
    }

    private final QueryInterpreter interpreter;
    private final ModeRanker ranker;
    private final FacetCounter facets;
    private final long searchTimeoutMs;
    private final int parallelCountDocs;
    private final SideTasks sideTasks = new SideTasks();

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
     * the result), reading the text with the synonyms of {@code synonymAnalyzer}.
     *
     * @throws ModeUnavailableException for semantic or hybrid on an index without embeddings
     */
    Ranked rank(IndexSearcher shared, Analyzer synonymAnalyzer, Request request) throws IOException {
        // The time limit covers matching only: reading the query (and loading the model the first time) is not
        // matching, and must not eat into it.
        QueryInterpreter.Interpreted query = interpreter.interpret(request.text(), request.mode(),
                shared.getIndexReader(), synonymAnalyzer);
        IndexSearcher searcher = timeLimited(shared);
        ModeRanker.Lexical lexical = ModeRanker.Lexical.rewrite(searcher, query.lexical());
        if (!request.counted()) {
            ModeRanker.Ranking ranking = rank(searcher, lexical, query, request, false);
            return new Ranked(searcher, lexical, suggestion(searcher, query, ranking), ranking.top(), ranking.total(),
                    Map.of(), ranking.assessed(), query.words(), query.vector());
        }
        // Facets count every match of the unfiltered query; without filters that count is the total too, and the
        // ranking need not count again (so BM25 can skip chunks that cannot reach the page). On a large index the
        // counting runs on another core while this thread ranks.
        SideTasks.Forked<FacetCounter.Counted> counting = forkIfLarge(searcher,
                () -> facets.count(searcher, lexical.rewritten()));
        Filters filters = request.filters();
        ModeRanker.Ranking ranking = rank(searcher, lexical, query, request, !filters.isEmpty());
        FacetCounter.Counted counted = counting.join();
        boolean countedIsTotal = filters.isEmpty() && request.mode() != SearchMode.SEMANTIC; // semantic: vector hits
        long total = countedIsTotal ? counted.matches() + ranking.vectorOnly() : ranking.total();
        return new Ranked(searcher, lexical, suggestion(searcher, query, ranking), ranking.top(), total,
                counted.facets(), ranking.assessed(), query.words(), query.vector());
    }

    private static String suggestion(IndexSearcher searcher, QueryInterpreter.Interpreted query,
            ModeRanker.Ranking ranking) throws IOException {
        return ConfirmedSuggestion.of(searcher, query.suggestion(), query.corrections(), ranking.top());
    }

    private ModeRanker.Ranking rank(IndexSearcher searcher, ModeRanker.Lexical lexical,
            QueryInterpreter.Interpreted query, Request request, boolean countAll) throws IOException {
        return ranker.rank(searcher, lexical, query, request.filters(), request.mode(), request.depth(), countAll);
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
     * it found ({@link IndexSearcher#timedOut()} tells). Searchers from the manager are shared, so each search gets its
     * own; making one is cheap.
     */
    private IndexSearcher timeLimited(IndexSearcher shared) {
        IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
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
