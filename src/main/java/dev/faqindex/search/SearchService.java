package dev.faqindex.search;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.content.Chunk;
import dev.faqindex.index.EnglishWords;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.index.ReaderWarmer;
import dev.faqindex.rules.RuleFile;
import dev.faqindex.rules.RuleSet;
import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

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
    private final RuleFile rules;
    private final Clock clock;
    private final SearchPipeline pipeline;
    private final HitPager pager;
    private final ChunkStore store;
    private final RelatedChunks related;
    private final TitleSuggester suggester;
    private final ResultCache cache;
    private final ReaderWarmer warmer;
    private final QuickAnswers answers;
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
        this.rules = RuleFile.inContentFolder(index.contentDir());
        this.clock = Clock.systemUTC();
        FacetCounter facets = new FacetCounter();
        this.pipeline = new SearchPipeline(new QueryInterpreter(profile, index::embedder),
                new ModeRanker(fusion, learned), facets, search.integer(Setting.SEARCH_TIMEOUT_MS), parallelCountDocs);
        SentenceVectors sentences = new SentenceVectors();
        HitRenderer renderer = new HitRenderer(index::embedder, sentences);
        this.answers = new QuickAnswers(index::embedder, search.fraction(Setting.MIN_CONFIDENCE), sentences);
        this.pager = new HitPager(renderer);
        this.related = new RelatedChunks(renderer);
        this.store = new ChunkStore(searchers);
        this.health = new ContentHealthCheck(searchers);
        this.suggester = new TitleSuggester(index.searchers());
        this.cache = ResultCache.ofSize(search.integer(Setting.SEARCH_CACHE_SIZE));
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
        long start = System.nanoTime();
        SearchMode mode = request.mode().orElseGet(this::defaultMode);
        SearchRequest resolved = request.withMode(mode); // one cache entry whether the mode was named or implied
        RuleSet ruleSet = rules.current();
        return searchers.use(searcher -> {
            Analyzer analyzer = synonyms.queryAnalyzer();
            // The key holds the whole request, its audience included: a page made for an agent is never a public one.
            ResultCache.Key key = new ResultCache.Key(searcher.getIndexReader().getReaderCacheHelper().getKey(),
                    analyzer, ruleSet, resolved, mode);
            Optional<SearchResult> cached = cache.get(key);
            if (cached.isPresent()) {
                return cached.get().withTookMs(millisSince(start));
            }
            Curation curation = new Curation(ruleSet.matching(request.query(), today()));
            Curation.Applied applied = pipeline.rankCurated(searcher, analyzer, new SearchPipeline.Request(
                    request.query(), mode, request.filters(), HitPager.depth(request), true, curation));
            Ranked ranked = applied.ranked();
            HitPager.Page page = pager.page(ranked, request);
            List<SearchHit> hits = request.explain() ? noted(page.hits(), applied.notes()) : page.hits();
            List<String> fired = curation.ruleIds();
            SearchResult result = new SearchResult(request.query(), ranked.total(), millisSince(start), hits,
                    ranked.suggestion(), ranked.facets(), page.groups(), mode.label(), ranked.timedOut(),
                    request.offset() == 0 ? answers.of(ranked) : null, page.hasMore(),
                    request.explain() ? fired : null, fired, null);
            if (!result.timedOut()) {
                cache.put(key, result); // a page cut short by the time limit is not the answer to keep
            }
            return result;
        });
    }

    /**
     * The list shown before anything is typed: the chunks the query rules for the empty query pin, in their order,
     * each only when {@code filters} (and their audience) let it through; empty when no such rule is in force.
     */
    public SearchResult featured(Filters filters, int limit) throws IOException {
        long start = System.nanoTime();
        Curation curation = new Curation(rules.current().matching("", today()));
        if (curation.isEmpty()) {
            return new SearchResult("", 0, millisSince(start), List.of(), null, Map.of(), null,
                    SearchMode.LEXICAL.label(), false, null, false, null, List.of(), null);
        }
        return searchers.use(searcher -> {
            Ranked none = new Ranked(searcher, ModeRanker.Lexical.rewrite(searcher, new MatchNoDocsQuery()), null,
                    new ScoreDoc[0], 0, Map.of(), Map.of(), QueryWords.of(""), null);
            Optional<Query> allowed = filters.asQuery();
            if (curation.restriction().isPresent()) {
                allowed = Optional.of(allowed.map(q -> (Query) new BooleanQuery.Builder()
                        .add(q, BooleanClause.Occur.FILTER)
                        .add(curation.restriction().get(), BooleanClause.Occur.FILTER).build())
                        .orElse(curation.restriction().get()));
            }
            Ranked pinned = curation.apply(none, allowed, limit).ranked();
            List<SearchHit> hits = pager.page(pinned, new SearchRequest("featured", limit, 0, Optional.empty()))
                    .hits();
            return new SearchResult("", hits.size(), millisSince(start), hits, null, Map.of(), null,
                    SearchMode.LEXICAL.label(), false, null, false, null, curation.ruleIds(), null);
        });
    }

    /** The hits with what the query rules did to each added to its explanation. */
    private static List<SearchHit> noted(List<SearchHit> hits, Map<String, List<String>> notes) {
        if (notes.isEmpty()) {
            return hits;
        }
        return hits.stream().map(hit -> notes.containsKey(hit.id()) && hit.explanation() != null
                ? hit.withExplanation(hit.explanation().withRules(notes.get(hit.id()))) : hit).toList();
    }

    /**
     * The best {@code depth} chunks for {@code text}, ranked by the same pipeline as {@link #search} (query rules
     * included), without counts: what {@link PassageRetriever} quotes from.
     */
    Retrieval rank(String text, SearchMode mode, Filters filters, int depth) throws IOException {
        Curation curation = new Curation(rules.current().matching(text, today()));
        SearchPipeline.Request request = new SearchPipeline.Request(text, mode, filters, SplitSections.depth(depth),
                false, curation);
        return searchers.use(searcher -> {
            Curation.Applied applied = pipeline.rankCurated(searcher, synonyms.queryAnalyzer(), request);
            List<Ranked.RankedChunk> chunks = SplitSections.collapse(applied.ranked()).chunks();
            return new Retrieval(chunks.subList(0, Math.min(depth, chunks.size())), curation.ruleIds(),
                    applied.pinned());
        });
    }

    /**
     * What a retrieval ranked.
     *
     * @param chunks the best chunks, best first
     * @param rules the query rules that acted on it
     * @param pinnedIds the chunks a rule pinned
     */
    record Retrieval(List<Ranked.RankedChunk> chunks, List<String> rules, java.util.Set<String> pinnedIds) {

        boolean pinned(Ranked.RankedChunk chunk) {
            return pinnedIds.contains(chunk.chunk().id());
        }
    }

    /** The query rules file this service applies, for the admin API and status reports. */
    public RuleFile rules() {
        return rules;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** The synonym file this service applies, for status reports. */
    public SynonymFile synonyms() {
        return synonyms;
    }

    /** Hybrid when the index holds embeddings (measured best, see docs/BENCHMARKS.md), else lexical. */
    public SearchMode defaultMode() {
        return index.embedder().isPresent() ? SearchMode.HYBRID : SearchMode.LEXICAL;
    }

    /** The chunk with this id, if it is in the index and the public may see it. */
    public Optional<Chunk> chunk(String id) throws IOException {
        return chunk(id, Audience.PUBLIC);
    }

    /** The chunk with this id, if it is in the index and {@code audience} may see it. */
    public Optional<Chunk> chunk(String id, Audience audience) throws IOException {
        return store.chunk(id).filter(chunk -> audience.sees(chunk.visibility()));
    }

    /** {@link #related(String, int, Audience)} for the public. */
    public Optional<List<SearchHit>> related(String id, int limit) throws IOException {
        return related(id, limit, Audience.PUBLIC);
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

    /** Number of chunks in the serving index. */
    public int chunkCount() throws IOException {
        return store.count();
    }

    /** Number of chunks in the serving index that {@code audience} may see. */
    public int chunkCount(Audience audience) throws IOException {
        return store.count(audience);
    }

    /** Completions of what a user is typing: questions and headings, FAQ questions first. */
    public List<Suggestion> suggest(String prefix, int limit) throws IOException {
        return suggest(prefix, limit, Audience.PUBLIC);
    }

    /** Completions of what a user is typing from the titles {@code audience} may see. */
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

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
