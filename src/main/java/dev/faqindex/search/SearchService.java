package dev.faqindex.search;

import dev.faqindex.content.Chunk;
import dev.faqindex.index.ChunkDocuments;
import dev.faqindex.index.ChunkFields;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.index.ReaderWarmer;
import dev.faqindex.semantic.TextEmbedder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Ranked full-text search over a {@link LiveIndex}: interprets the user's text (forgiving typos, adding synonyms),
 * ranks chunks with BM25 and field weights, filters, counts facets, groups by article on request, explains scores
 * on request, and returns hits with highlighted snippets. Thread-safe; each call acquires a searcher and releases
 * it.
 *
 * <p>{@link #search(SearchRequest)} also ranks by meaning (the query's embedding against the chunks')
 * or by both fused, when the index holds embeddings.
 */
public final class SearchService implements java.io.Closeable {

    /** How many ranked hits grouping looks at to form groups. */
    static final int GROUPING_DEPTH = 1000;
    /**
     * Words of a query that are embedded, at most: the model reads 256 word pieces, and a longer text costs several
     * passes for no better match.
     */
    static final int MAX_EMBEDDED_WORDS = 64;
    /** Hits shown per group. */
    static final int HITS_PER_GROUP = 3;
    /** Chunks from which facets are counted on another core while the ranking runs. */
    static final int PARALLEL_COUNT_DOCS = 50_000;

    private final LiveIndex index;
    private final Searchers searchers;
    private final SynonymFile synonyms;
    private final RankingProfile profile;
    private final TypoPolicy typos = new TypoPolicy(new SpellingCorrector());
    private final WeightedFields fields;
    private final SnippetHighlighter highlighter = new SnippetHighlighter();
    private final FacetCounter facetCounter = new FacetCounter();
    private final RelatedChunks related = new RelatedChunks();
    private final TitleSuggester suggester;
    private final ModeRanker ranker;
    private final long searchTimeoutMs;
    private final ResultCache cache;
    private final SideTasks sideTasks = new SideTasks();
    private final int parallelCountDocs;
    private final ReaderWarmer warmer;

    public SearchService(LiveIndex index) {
        this(index, RankingProfile.standard());
    }

    public SearchService(LiveIndex index, RankingProfile profile) {
        this(index, profile, HybridFusion.standard());
    }

    public SearchService(LiveIndex index, RankingProfile profile, HybridFusion fusion) {
        this(index, profile, fusion, PARALLEL_COUNT_DOCS);
    }

    /** With facets counted on another core from {@code parallelCountDocs} chunks on. */
    SearchService(LiveIndex index, RankingProfile profile, HybridFusion fusion, int parallelCountDocs) {
        this.parallelCountDocs = parallelCountDocs;
        this.index = index;
        this.searchers = new Searchers(index.searchers());
        this.ranker = new ModeRanker(fusion);
        this.profile = profile;
        this.fields = new WeightedFields(profile);
        this.synonyms = SynonymFile.inContentFolder(index.config().contentDir());
        this.suggester = new TitleSuggester(index.searchers());
        this.warmer = reader -> {
            facetCounter.warm(reader);
            suggester.warm(reader);
        };
        index.addWarmer(warmer);
        this.searchTimeoutMs = index.config().limits().searchTimeout().toMillis();
        this.cache = ResultCache.ofSize(index.config().resultCacheSize());
    }

    /** Completions of what a user is typing: questions and headings, FAQ questions first. */
    public List<Suggestion> suggest(String prefix, int limit) throws IOException {
        return suggester.suggest(prefix, limit);
    }

    @Override
    public void close() throws IOException {
        index.removeWarmer(warmer);
        try {
            suggester.close();
        } finally {
            sideTasks.close();
        }
    }

    /**
     * Prepares what searches keep per index reader (facet values, the title suggester) for the reader serving now;
     * later readers are prepared before they serve. Without this the first search and the first suggestion do it.
     */
    public void warmUp() throws IOException {
        searchers.use(searcher -> {
            warmer.warm(searcher.getIndexReader());
            return null;
        });
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
     * Runs one search, ranked in the request's mode or else in the {@linkplain #defaultMode() index's default}.
     *
     * @throws ModeUnavailableException for semantic or hybrid on an index without embeddings
     */
    public SearchResult search(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        SearchMode mode = request.mode().orElseGet(this::defaultMode);
        SearchRequest resolved = request.withMode(mode); // one cache entry whether the mode was named or implied
        return searchers.use(acquired -> {
            Analyzer analyzer = synonyms.queryAnalyzer();
            ResultCache.Key key = new ResultCache.Key(acquired.getIndexReader().getReaderCacheHelper().getKey(),
                    analyzer, resolved, mode);
            Optional<SearchResult> cached = cache.get(key);
            if (cached.isPresent()) {
                return cached.get().withTookMs((System.nanoTime() - start) / 1_000_000);
            }
            // The time limit covers matching only: reading the query (and loading the model the first time) is not
            // matching, and must not eat into it.
            Interpreted query = interpret(request.query(), mode, acquired, analyzer);
            IndexSearcher searcher = timeLimited(acquired);
            ModeRanker.Lexical lexical = ModeRanker.Lexical.rewrite(searcher, query.lexical());
            String suggestion = query.suggestion();
            float[] vector = query.vector();
            int depth = request.groupByArticle() ? GROUPING_DEPTH : request.offset() + request.limit();
            // Facets count every match of the unfiltered query; without filters that count is the total too, and
            // the ranking need not count again (so BM25 can skip chunks that cannot reach the page). On a large
            // index the counting runs on another core while this thread ranks.
            SideTasks.Forked<FacetCounter.Counted> counting = forkIfLarge(searcher,
                    () -> facetCounter.count(searcher, lexical.rewritten()));
            Filters filters = request.filters();
            ModeRanker.Ranking ranking = ranker.rank(searcher, lexical, vector, filters, mode, depth, !filters.isEmpty());
            FacetCounter.Counted counted = counting.join();
            boolean countedIsTotal = filters.isEmpty() && mode != SearchMode.SEMANTIC; // semantic counts vector hits
            long total = countedIsTotal ? counted.matches() + ranking.vectorOnly() : ranking.total();
            HitExplainer explainer = request.explain() ? new HitExplainer(searcher, lexical.built()) : null;
            List<SearchHit> hits = List.of();
            List<SearchResult.HitGroup> groups = null;
            if (request.groupByArticle()) {
                groups = groups(searcher, lexical.rewritten(), ranking.top(), request, explainer);
            } else {
                // Chunks found by meaning alone have no matched word: the highlighter then gives their first passages.
                hits = toHits(searcher, lexical.rewritten(), page(ranking.top(), request.offset(), request.limit()),
                        explainer);
            }
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            SearchResult result = new SearchResult(request.query(), total, tookMs, hits,
                    suggestion, counted.facets(), groups, mode.label(), searcher.timedOut());
            if (!result.timedOut()) {
                cache.put(key, result); // a page cut short by the time limit is not the answer to keep
            }
            return result;
        });
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

    /** Hybrid when the index holds embeddings (measured best, see docs/BENCHMARKS.md), else lexical. */
    public SearchMode defaultMode() {
        return index.embedder().isPresent() ? SearchMode.HYBRID : SearchMode.LEXICAL;
    }

    /** A chunk and its score in one ranking. */
    record RankedChunk(Chunk chunk, float score) {
    }

    /** The best {@code n} chunks for {@code text} in {@code mode}, restricted by {@code filters}. */
    List<RankedChunk> rank(String text, SearchMode mode, Filters filters, int n) throws IOException {
        return searchers.use(acquired -> {
            Interpreted query = interpret(text, mode, acquired, synonyms.queryAnalyzer());
            IndexSearcher searcher = timeLimited(acquired);
            ScoreDoc[] top = ranker.rank(searcher, ModeRanker.Lexical.rewrite(searcher, query.lexical()),
                    query.vector(), filters, mode, n, false).top();
            List<RankedChunk> ranked = new ArrayList<>(top.length);
            for (ScoreDoc hit : top) {
                ranked.add(new RankedChunk(storedChunk(searcher, hit.doc), hit.score));
            }
            return ranked;
        });
    }

    /**
     * A user's text read for one searcher: the lexical query, the corrected text if words were misspelled, and the
     * embedding (null in lexical mode or for text with no words).
     */
    private record Interpreted(Query lexical, String suggestion, float[] vector) {
    }

    private Interpreted interpret(String text, SearchMode mode, IndexSearcher searcher, Analyzer synonymAnalyzer)
            throws IOException {
        UserQuery parsed = UserQuery.parse(text);
        LexicalQueryBuilder.Built built = new LexicalQueryBuilder(fields, new SynonymExpansion(synonymAnalyzer, fields),
                typos).build(parsed, searcher.getIndexReader());
        String suggestion = suggestion(text, built.corrections());
        // Meaning is compared on the corrected words: a typo would otherwise move the query's embedding.
        float[] vector = suggestion == null ? queryVector(parsed, text, mode)
                : queryVector(UserQuery.parse(suggestion), suggestion, mode);
        return new Interpreted(built.query(), suggestion, vector);
    }

    /** The query's embedding (of its words without operators); null in lexical mode or when it has no words. */
    private float[] queryVector(UserQuery parsed, String text, SearchMode mode) {
        if (mode == SearchMode.LEXICAL) {
            return null;
        }
        TextEmbedder embedder = index.embedder().orElseThrow(() -> new ModeUnavailableException(mode));
        String words = parsed.allPositiveWords();
        String meaningful = words.codePoints().anyMatch(Character::isLetterOrDigit) ? words : text;
        if (meaningful.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null; // punctuation or control characters only: nothing to compare by meaning
        }
        return embedder.embed(firstWords(meaningful, MAX_EMBEDDED_WORDS));
    }

    /** The first {@code max} whitespace-separated words of {@code text}. */
    private static String firstWords(String text, int max) {
        String[] words = text.strip().split("\\s+", max + 1);
        return words.length <= max ? text : String.join(" ", java.util.Arrays.asList(words).subList(0, max));
    }

    /** The chunk with this id, if it is in the index. */
    public Optional<Chunk> chunk(String id) throws IOException {
        return searchers.use(searcher -> docOf(searcher, id).map(doc -> storedChunk(searcher, doc)));
    }

    /**
     * Chunks that talk about the same things as the chunk {@code id} (MoreLikeThis over title and body), best
     * first; empty when the id is unknown.
     */
    public Optional<List<SearchHit>> related(String id, int limit) throws IOException {
        return searchers.use(searcher -> {
            Optional<Integer> doc = docOf(searcher, id);
            if (doc.isEmpty()) {
                return Optional.empty();
            }
            Query like = related.likeQuery(searcher.getIndexReader(), storedChunk(searcher, doc.get()));
            Query others = new BooleanQuery.Builder()
                    .add(like, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(ChunkFields.ID, id)), BooleanClause.Occur.MUST_NOT)
                    .build();
            TopDocs top = searcher.search(others, limit);
            return Optional.of(toHits(searcher, like, top.scoreDocs, null));
        });
    }

    /** Number of chunks in the serving index. */
    public int chunkCount() throws IOException {
        return searchers.use(searcher -> searcher.getIndexReader().numDocs());
    }

    /** The synonym file this service applies, for status reports. */
    public SynonymFile synonyms() {
        return synonyms;
    }

    private List<SearchResult.HitGroup> groups(IndexSearcher searcher, Query query, ScoreDoc[] ranked,
            SearchRequest request, HitExplainer explainer) throws IOException {
        Map<String, List<ScoreDoc>> byArticle = new LinkedHashMap<>();
        for (ScoreDoc scoreDoc : ranked) {
            String article = searcher.storedFields().document(scoreDoc.doc, java.util.Set.of(ChunkFields.ARTICLE))
                    .get(ChunkFields.ARTICLE);
            byArticle.computeIfAbsent(article, a -> new ArrayList<>()).add(scoreDoc);
        }
        List<SearchResult.HitGroup> groups = new ArrayList<>();
        int skipped = 0;
        for (List<ScoreDoc> docs : byArticle.values()) {
            if (skipped++ < request.offset()) {
                continue;
            }
            if (groups.size() == request.limit()) {
                break;
            }
            ScoreDoc[] best = docs.subList(0, Math.min(HITS_PER_GROUP, docs.size())).toArray(ScoreDoc[]::new);
            List<SearchHit> hits = toHits(searcher, query, best, explainer);
            groups.add(new SearchResult.HitGroup(hits.get(0).article(), docs.size(), hits));
        }
        return groups;
    }

    private List<SearchHit> toHits(IndexSearcher searcher, Query query, ScoreDoc[] docs, HitExplainer explainer)
            throws IOException {
        String[] snippets = highlighter.snippets(searcher, query, docs);
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Chunk chunk = storedChunk(searcher, docs[i].doc);
            SearchHit hit = toHit(chunk, snippets[i], docs[i].score);
            hits.add(explainer == null ? hit : hit.withExplanation(explainer.explain(docs[i].doc, chunk)));
        }
        return hits;
    }

    private static Optional<Integer> docOf(IndexSearcher searcher, String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(ChunkFields.ID, id)), 1);
        return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(top.scoreDocs[0].doc);
    }

    private static Chunk storedChunk(IndexSearcher searcher, int doc) {
        try {
            return ChunkDocuments.fromDocument(searcher.storedFields().document(doc));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The user's text with each corrected word replaced, or {@code null} when nothing was corrected. */
    static String suggestion(String text, Map<String, String> corrections) {
        if (corrections.isEmpty()) {
            return null;
        }
        String suggested = text;
        for (Map.Entry<String, String> correction : corrections.entrySet()) {
            Pattern word = Pattern.compile("(?iu)(?<!\\p{L})" + Pattern.quote(correction.getKey()) + "(?!\\p{L})");
            suggested = word.matcher(suggested).replaceAll(Matcher.quoteReplacement(correction.getValue()));
        }
        return suggested;
    }

    private static ScoreDoc[] page(ScoreDoc[] ranked, int offset, int limit) {
        if (offset >= ranked.length) {
            return new ScoreDoc[0];
        }
        int end = Math.min(ranked.length, offset + limit);
        ScoreDoc[] page = new ScoreDoc[end - offset];
        System.arraycopy(ranked, offset, page, 0, page.length);
        return page;
    }

    private static SearchHit toHit(Chunk chunk, String snippet, float score) {
        return new SearchHit(
                chunk.id(),
                chunk.type().label(),
                chunk.title(),
                chunk.breadcrumb(),
                chunk.url(),
                snippet,
                score,
                new SearchHit.ArticleRef(chunk.articleSlug(), chunk.articleTitle()),
                null);
    }
}
