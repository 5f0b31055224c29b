package dev.faqindex.search;

import dev.faqindex.content.Chunk;
import dev.faqindex.index.ChunkDocuments;
import dev.faqindex.index.ChunkFields;
import dev.faqindex.index.EnglishTextAnalyzer;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.semantic.TextEmbedder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Ranked full-text search over a {@link LiveIndex}: interprets the user's text, ranks chunks with BM25 and field
 * weights, and returns a page of hits with highlighted snippets. Thread-safe; each call acquires a searcher and
 * releases it.
 *
 * <p>{@link #search(SearchRequest, SearchMode)} also ranks by meaning (the query's embedding against the chunks')
 * or by both fused, when the index holds embeddings.
 */
public final class SearchService {

    private final LiveIndex index;
    private final Analyzer queryAnalyzer;
    private final LexicalQueryBuilder queryBuilder;
    private final SnippetHighlighter highlighter;
    private final ModeRanker ranker;

    public SearchService(LiveIndex index) {
        this(index, RankingProfile.standard());
    }

    public SearchService(LiveIndex index, RankingProfile profile) {
        this(index, profile, HybridFusion.standard());
    }

    public SearchService(LiveIndex index, RankingProfile profile, HybridFusion fusion) {
        this.index = index;
        this.ranker = new ModeRanker(fusion);
        this.queryAnalyzer = EnglishTextAnalyzer.forQueries();
        this.queryBuilder = new LexicalQueryBuilder(queryAnalyzer, profile);
        this.highlighter = new SnippetHighlighter(queryAnalyzer);
    }

    /** Runs one search. */
    public SearchResult search(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        Query query = filtered(queryBuilder.build(UserQuery.parse(request.query())), request);
        SearcherManager searchers = index.searchers();
        IndexSearcher searcher = searchers.acquire();
        try {
            int wanted = request.offset() + request.limit();
            TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE));
            ScoreDoc[] page = pageOf(top.scoreDocs, request.offset(), request.limit());
            TopDocs pageDocs = new TopDocs(top.totalHits, page);
            String[] snippets = highlighter.snippets(searcher, query, pageDocs);
            List<SearchHit> hits = new ArrayList<>(page.length);
            for (int i = 0; i < page.length; i++) {
                Chunk chunk = ChunkDocuments.fromDocument(searcher.storedFields().document(page[i].doc));
                hits.add(toHit(chunk, snippets[i], page[i].score));
            }
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            return new SearchResult(request.query(), top.totalHits.value(), tookMs, hits);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Runs one search ranked in {@code mode}.
     *
     * @throws ModeUnavailableException for semantic or hybrid on an index without embeddings
     */
    public SearchResult search(SearchRequest request, SearchMode mode) throws IOException {
        if (mode == SearchMode.LEXICAL) {
            return search(request);
        }
        long start = System.nanoTime();
        UserQuery parsed = UserQuery.parse(request.query());
        Query lexical = queryBuilder.build(parsed);
        float[] vector = queryVector(parsed, request.query(), mode);
        Query filter = request.type()
                .<Query>map(type -> new TermQuery(new Term(ChunkFields.TYPE, type.label())))
                .orElse(null);
        SearcherManager searchers = index.searchers();
        IndexSearcher searcher = searchers.acquire();
        try {
            ModeRanker.Ranking ranking = ranker.rank(searcher, lexical, vector, filter, mode,
                    request.offset() + request.limit());
            ScoreDoc[] page = pageOf(ranking.top(), request.offset(), request.limit());
            TopDocs pageDocs = new TopDocs(new TotalHits(ranking.total(), TotalHits.Relation.EQUAL_TO), page);
            // Chunks found by meaning alone have no matched word: the highlighter then gives their first passages.
            String[] snippets = highlighter.snippets(searcher, lexical, pageDocs);
            List<SearchHit> hits = new ArrayList<>(page.length);
            for (int i = 0; i < page.length; i++) {
                Chunk chunk = ChunkDocuments.fromDocument(searcher.storedFields().document(page[i].doc));
                hits.add(toHit(chunk, snippets[i], page[i].score));
            }
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            return new SearchResult(request.query(), ranking.total(), tookMs, hits, mode.label());
        } finally {
            searchers.release(searcher);
        }
    }

    /** Hybrid when the index holds embeddings (measured best, see docs/BENCHMARKS.md), else lexical. */
    public SearchMode defaultMode() {
        return index.embedder().isPresent() ? SearchMode.HYBRID : SearchMode.LEXICAL;
    }

    /** A chunk and its score in one ranking. */
    record RankedChunk(Chunk chunk, float score) {
    }

    /** The best {@code n} chunks for {@code text} in {@code mode}, restricted by {@code filter} (may be null). */
    List<RankedChunk> rank(String text, SearchMode mode, Query filter, int n) throws IOException {
        UserQuery parsed = UserQuery.parse(text);
        Query lexical = queryBuilder.build(parsed);
        float[] vector = queryVector(parsed, text, mode);
        SearcherManager searchers = index.searchers();
        IndexSearcher searcher = searchers.acquire();
        try {
            ScoreDoc[] top = ranker.rank(searcher, lexical, vector, filter, mode, n).top();
            List<RankedChunk> ranked = new ArrayList<>(top.length);
            for (ScoreDoc hit : top) {
                ranked.add(new RankedChunk(
                        ChunkDocuments.fromDocument(searcher.storedFields().document(hit.doc)), hit.score));
            }
            return ranked;
        } finally {
            searchers.release(searcher);
        }
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
        return embedder.embed(meaningful);
    }

    /** The chunk with this id, if it is in the index. */
    public Optional<Chunk> chunk(String id) throws IOException {
        SearcherManager searchers = index.searchers();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(ChunkFields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(ChunkDocuments.fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc)));
        } finally {
            searchers.release(searcher);
        }
    }

    /** Number of chunks in the serving index. */
    public int chunkCount() throws IOException {
        SearcherManager searchers = index.searchers();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    private static Query filtered(Query query, SearchRequest request) {
        if (request.type().isEmpty()) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(ChunkFields.TYPE, request.type().get().label())), BooleanClause.Occur.FILTER)
                .build();
    }

    private static ScoreDoc[] pageOf(ScoreDoc[] ranked, int offset, int limit) {
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
                new SearchHit.ArticleRef(chunk.articleSlug(), chunk.articleTitle()));
    }
}
