package dev.faqindex.search;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.content.Chunk;
import dev.faqindex.index.EnglishWords;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.index.ReaderWarmer;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;

/**
 * Ranked full-text search over a {@link LiveIndex}: each search runs the {@code SearchPipeline} (interpret the
 * user's text, rank in the requested mode, count matches and facets) on a searcher of the current commit and returns
 * the requested page of hits with highlighted snippets ({@code HitPager}), each split section once
 * ({@code SplitSections}), answering repeated searches from the
 * {@code ResultCache}. Also reads chunks back ({@code ChunkStore}), finds related chunks and completes titles.
 * Thread-safe; each call acquires a searcher and releases it.
 */
public final class SearchService implements Closeable {

    private final LiveIndex index;
    private final Searchers searchers;
    private final SynonymFile synonyms;
    private final SearchPipeline pipeline;
    private final HitPager pager;
    private final ChunkStore store;
    private final RelatedChunks related;
    private final TitleSuggester suggester;
    private final ResultCache cache;
    private final ReaderWarmer warmer;
    private final QuickAnswers answers;

    /** Over {@code index}, with the default search settings. */
    public SearchService(LiveIndex index) {
        this(index, FaqIndexConfig.defaults().search());
    }

    /** Over {@code index}, with the {@code search} settings (time limit, result cache), ranked by the learned ranking. */
    public SearchService(LiveIndex index, FaqIndexConfig search) {
        this(index, search, RankingProfile.standard(), HybridFusion.standard(), Optional.of(LearnedRanking.standard()),
                SearchPipeline.PARALLEL_COUNT_DOCS);
    }

    /** Hybrid ranking merged by {@code fusion} instead of the learned ranking, hits not assessed (for measuring). */
    public SearchService(LiveIndex index, FaqIndexConfig search, RankingProfile profile, HybridFusion fusion) {
        this(index, search, profile, fusion, SearchPipeline.PARALLEL_COUNT_DOCS);
    }

    /** Merged by {@code fusion}, with facets counted on another core from {@code parallelCountDocs} chunks on. */
    SearchService(LiveIndex index, FaqIndexConfig search, RankingProfile profile, HybridFusion fusion,
            int parallelCountDocs) {
        this(index, search, profile, fusion, Optional.empty(), parallelCountDocs);
    }

    private SearchService(LiveIndex index, FaqIndexConfig search, RankingProfile profile, HybridFusion fusion,
            Optional<LearnedRanking> learned, int parallelCountDocs) {
        this.index = index;
        this.searchers = new Searchers(index.searchers());
        this.synonyms = SynonymFile.inContentFolder(index.contentDir());
        FacetCounter facets = new FacetCounter();
        this.pipeline = new SearchPipeline(new QueryInterpreter(profile, index::embedder),
                new ModeRanker(fusion, learned), facets, search.integer(Setting.SEARCH_TIMEOUT_MS), parallelCountDocs);
        SentenceVectors sentences = new SentenceVectors();
        HitRenderer renderer = new HitRenderer(index::embedder, sentences);
        this.answers = new QuickAnswers(index::embedder, search.fraction(Setting.MIN_CONFIDENCE), sentences);
        this.pager = new HitPager(renderer);
        this.related = new RelatedChunks(renderer);
        this.store = new ChunkStore(searchers);
        this.suggester = new TitleSuggester(index.searchers());
        this.cache = ResultCache.ofSize(search.integer(Setting.SEARCH_CACHE_SIZE));
        this.warmer = reader -> {
            facets.warm(reader);
            suggester.warm(reader);
        };
        index.addWarmer(warmer);
    }

    /**
     * Runs one search, ranked in the request's mode or else in the {@linkplain #defaultMode() index's default}.
     *
     * @throws ModeUnavailableException for semantic or hybrid on an index without embeddings
     */
    public SearchResult search(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        SearchMode mode = request.mode().orElseGet(this::defaultMode);
        SearchRequest resolved = request.withMode(mode); // one cache entry whether the mode was named or implied
        return searchers.use(searcher -> {
            Analyzer analyzer = synonyms.queryAnalyzer();
            ResultCache.Key key = new ResultCache.Key(searcher.getIndexReader().getReaderCacheHelper().getKey(),
                    analyzer, resolved, mode);
            Optional<SearchResult> cached = cache.get(key);
            if (cached.isPresent()) {
                return cached.get().withTookMs(millisSince(start));
            }
            Ranked ranked = pipeline.rank(searcher, analyzer, new SearchPipeline.Request(request.query(), mode,
                    request.filters(), HitPager.depth(request), true));
            HitPager.Page page = pager.page(ranked, request);
            SearchResult result = new SearchResult(request.query(), ranked.total(), millisSince(start), page.hits(),
                    ranked.suggestion(), ranked.facets(), page.groups(), mode.label(), ranked.timedOut(),
                    request.offset() == 0 ? answers.of(ranked) : null, page.hasMore());
            if (!result.timedOut()) {
                cache.put(key, result); // a page cut short by the time limit is not the answer to keep
            }
            return result;
        });
    }

    /**
     * The best {@code depth} chunks for {@code text}, ranked by the same pipeline as {@link #search}, without
     * counts: what {@link PassageRetriever} quotes from.
     */
    List<Ranked.RankedChunk> rank(String text, SearchMode mode, Filters filters, int depth) throws IOException {
        SearchPipeline.Request request = new SearchPipeline.Request(text, mode, filters, SplitSections.depth(depth),
                false);
        return searchers.use(searcher -> {
            List<Ranked.RankedChunk> chunks = SplitSections.collapse(
                    pipeline.rank(searcher, synonyms.queryAnalyzer(), request)).chunks();
            return chunks.subList(0, Math.min(depth, chunks.size()));
        });
    }

    /** The synonym file this service applies, for status reports. */
    public SynonymFile synonyms() {
        return synonyms;
    }

    /** Hybrid when the index holds embeddings (measured best, see docs/BENCHMARKS.md), else lexical. */
    public SearchMode defaultMode() {
        return index.embedder().isPresent() ? SearchMode.HYBRID : SearchMode.LEXICAL;
    }

    /** The chunk with this id, if it is in the index. */
    public Optional<Chunk> chunk(String id) throws IOException {
        return store.chunk(id);
    }

    /**
     * Chunks that talk about the same things as the chunk {@code id} (MoreLikeThis over title and body), best
     * first; empty when the id is unknown.
     */
    public Optional<List<SearchHit>> related(String id, int limit) throws IOException {
        return searchers.use(searcher -> related.find(searcher, id, limit));
    }

    /** The indexed articles from the {@code offset}-th in slug order, at most {@code limit}, and how many there are. */
    public ArticleList articles(int offset, int limit) throws IOException {
        return store.articles(offset, limit);
    }

    /** Number of chunks in the serving index. */
    public int chunkCount() throws IOException {
        return store.count();
    }

    /** Completions of what a user is typing: questions and headings, FAQ questions first. */
    public List<Suggestion> suggest(String prefix, int limit) throws IOException {
        return suggester.suggest(prefix, limit);
    }

    /** Searches answered from the result cache so far. */
    public long cacheHits() {
        return cache.hits();
    }

    /** Searches that were not in the result cache so far. */
    public long cacheMisses() {
        return cache.misses();
    }

    /**
     * Prepares what searches keep per index reader (facet values, the title suggester) for the reader serving now,
     * and reads the English dictionary and the ranking model; later readers are prepared before they serve. Without
     * this the first search and the first suggestion do it.
     */
    public void warmUp() throws IOException {
        EnglishWords.shared().isWord("warm");
        LearnedRanking.standard();
        searchers.use(searcher -> {
            warmer.warm(searcher.getIndexReader());
            return null;
        });
    }

    @Override
    public void close() throws IOException {
        index.removeWarmer(warmer);
        try {
            suggester.close();
        } finally {
            pipeline.close();
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
