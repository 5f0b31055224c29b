package dev.faqindex.search;

import dev.faqindex.content.Chunk;
import dev.faqindex.index.ChunkDocuments;
import dev.faqindex.index.ChunkFields;
import dev.faqindex.index.LiveIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Reads one whole article back out of the index: every chunk of the article, in reading order, so a page can be
 * rendered from exactly what search links into. Thread-safe; each call acquires a searcher and releases it.
 */
public final class ArticleReader {

    private final Searchers searchers;

    public ArticleReader(LiveIndex index) {
        this.searchers = new Searchers(index.searchers());
    }

    /** The chunks of the article with this slug, sorted by position; empty when there is no such article. */
    public List<Chunk> chunks(String slug) throws IOException {
        Query query = new TermQuery(new Term(ChunkFields.ARTICLE, slug));
        return searchers.use(searcher -> {
            int count = searcher.count(query);
            if (count == 0) {
                return List.of();
            }
            List<Chunk> chunks = new ArrayList<>(count);
            for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
                chunks.add(ChunkDocuments.withBlocks(searcher.storedFields().document(hit.doc)));
            }
            chunks.sort(Comparator.comparingInt(Chunk::position));
            return List.copyOf(chunks);
        });
    }
}
