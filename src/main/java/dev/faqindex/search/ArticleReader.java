package dev.faqindex.search;

import dev.faqindex.content.Chunk;
import dev.faqindex.index.LiveIndex;
import java.io.IOException;
import java.util.List;

/**
 * Reads one whole article back out of the index: every chunk of the article, in reading order, so a page can be
 * rendered from exactly what search links into. Thread-safe; each call acquires a searcher and releases it.
 */
public final class ArticleReader {

    private final ChunkStore store;

    public ArticleReader(LiveIndex index) {
        this.store = new ChunkStore(new Searchers(index.searchers()));
    }

    /** The chunks of the article with this slug, sorted by position; empty when there is no such article. */
    public List<Chunk> chunks(String slug) throws IOException {
        return store.article(slug);
    }
}
