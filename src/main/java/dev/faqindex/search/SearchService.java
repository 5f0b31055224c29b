package dev.faqindex.search;

import dev.faqindex.content.Chunk;
import dev.faqindex.index.ChunkDocuments;
import dev.faqindex.index.ChunkFields;
import dev.faqindex.index.EnglishTextAnalyzer;
import dev.faqindex.index.LiveIndex;
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

/**
 * Ranked full-text search over a {@link LiveIndex}: interprets the user's text, ranks chunks with BM25 and field
 * weights, and returns a page of hits with highlighted snippets. Thread-safe; each call acquires a searcher and
 * releases it.
 */
public final class SearchService {

    private final LiveIndex index;
    private final Analyzer queryAnalyzer;
    private final LexicalQueryBuilder queryBuilder;
    private final SnippetHighlighter highlighter;

    public SearchService(LiveIndex index) {
        this(index, RankingProfile.standard());
    }

    public SearchService(LiveIndex index, RankingProfile profile) {
        this.index = index;
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
