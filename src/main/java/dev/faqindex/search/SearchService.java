package dev.faqindex.search;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.content.Chunk;
import dev.faqindex.index.EnglishWords;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.index.ReaderWarmer;
import dev.faqindex.rules.RuleFile;
import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Ranked full-text search over a {@link LiveIndex}: each search ({@code CuratedSearch}) runs the {@code SearchPipeline}
 * (interpret the user's text, rank in the requested mode, count matches and facets) on a searcher of the current
 * commit, applies the query rules and returns the requested page of hits ({@code HitPager}), answering repeated
 * searches from the {@code ResultCache}. Also reads chunks back ({@code ChunkStore}), finds related chunks and
 * completes titles. Thread-safe; each call acquires a searcher and releases it.
 */
public final class SearchService implements Closeable {

    private final LiveIndex index;
    private final Searchers searchers;
    private final SynonymFile synonyms;
    private final RulesInForce rules;
    private final FeaturedChunks featured;
    private final SearchPipeline pipeline;
    private final ChunkStore store;
    private final RelatedChunks related;
    private final TitleSuggester suggester;
    private final ResultCache cache;
    private final ReaderWarmer warmer;
    private final CuratedSearch pages;
    private final ContentHealthCheck health;

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
        this.rules = new RulesInForce(RuleFile.inContentFolder(index.contentDir()), Clock.systemUTC());
        FacetCounter facets = new FacetCounter();
        SentenceVectors sentences = new SentenceVectors();
        this.pipeline = new SearchPipeline(new QueryInterpreter(profile, index::embedder),
                new ModeRanker(fusion, learned), facets, search.integer(Setting.SEARCH_TIMEOUT_MS), parallelCountDocs);
        QuickAnswers answers = new QuickAnswers(index::embedder, search.fraction(Setting.MIN_CONFIDENCE), sentences);
        HitRenderer renderer = new HitRenderer(index::embedder, sentences);
        this.featured = new FeaturedChunks(searchers, rules, new HitPager(renderer));
        this.related = new RelatedChunks(renderer);
        this.store = new ChunkStore(searchers);
        this.health = new ContentHealthCheck(searchers);
        this.suggester = new TitleSuggester(index.searchers());
        this.cache = ResultCache.ofSize(search.integer(Setting.SEARCH_CACHE_SIZE));
        this.pages = new CuratedSearch(searchers, synonyms, rules, pipeline, new HitPager(renderer), answers, cache);
        this.warmer = reader -> {
            facets.warm(reader);
            suggester.warm(reader);
        };
        index.addWarmer(warmer);
    }

    /**
     * Runs one search, ranked in the request's mode or else in the {@linkplain #defaultMode() index's default}, for
     * the request's audience, with the query rules that match it applied.
     *
     * @throws ModeUnavailableException for semantic or hybrid on an index without embeddings
     */
    public SearchResult search(SearchRequest request) throws IOException {
        return pages.search(request, request.mode().orElseGet(this::defaultMode));
    }

    /** The list shown before anything is typed: what the query rules for the empty query pin. */
    public SearchResult featured(Filters filters, int limit) throws IOException {
        return featured.list(filters, limit);
    }

    /** The best {@code depth} chunks for {@code text} as {@link #search} ranks them, for {@link PassageRetriever}. */
    Retrieval rank(String text, SearchMode mode, Filters filters, int depth) throws IOException {
        return pages.rank(text, mode, filters, depth);
    }

    /** The query rules file this service applies, for the admin API and status reports. */
    public RuleFile rules() {
        return rules.file();
    }

    /** The synonym file this service applies, for status reports. */
    public SynonymFile synonyms() {
        return synonyms;
    }

    /** Hybrid when the index holds embeddings (measured best, see docs/BENCHMARKS.md), else lexical. */
    public SearchMode defaultMode() {
        return index.embedder().isPresent() ? SearchMode.HYBRID : SearchMode.LEXICAL;
    }

    /** The chunk with this id, if it is in the index and {@code audience} may see it. */
    public Optional<Chunk> chunk(String id, Audience audience) throws IOException {
        return store.chunk(id).filter(chunk -> audience.sees(chunk.visibility()));
    }

    /**
     * Chunks that talk about the same things as the chunk {@code id} (MoreLikeThis over title and body), best
     * first, among those {@code audience} may see; empty when the id is unknown or not for {@code audience}.
     */
    public Optional<List<SearchHit>> related(String id, int limit, Audience audience) throws IOException {
        return searchers.use(searcher -> related.find(searcher, id, limit, audience));
    }

    /**
     * The indexed articles {@code audience} may see from the {@code offset}-th in slug order, at most {@code limit},
     * and how many there are.
     */
    public ArticleList articles(int offset, int limit, Audience audience) throws IOException {
        return store.articles(offset, limit, audience);
    }

    /**
     * Every indexed page with its review date, and sections of different pages that mean nearly the same: worked out
     * once per index commit (a few seconds for a large index).
     */
    public ContentHealth contentHealth() throws IOException {
        return health.current();
    }

    /** Number of chunks in the serving index that {@code audience} may see. */
    public int chunkCount(Audience audience) throws IOException {
        return store.count(audience);
    }

    /** Completions of what a user is typing, from the titles {@code audience} may see: FAQ questions first. */
    public List<Suggestion> suggest(String prefix, int limit, Audience audience) throws IOException {
        return suggester.suggest(prefix, limit, audience);
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
}
