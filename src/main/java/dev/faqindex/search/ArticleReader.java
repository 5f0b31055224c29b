package dev.faqindex.search;

import dev.faqindex.content.Chunk;
import dev.faqindex.content.parse.Slugs;
import dev.faqindex.index.LiveIndex;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads one whole article back out of the index: every chunk of the article, in reading order, so a page can be
 * rendered from exactly what search links into; and finds the article a former URL of it stands for. Thread-safe;
 * each call acquires a searcher and releases it.
 */
public final class ArticleReader {

    private final ChunkStore store;

    public ArticleReader(LiveIndex index) {
        this.store = new ChunkStore(new Searchers(index.searchers()));
    }

    /** The public chunks of the article with this slug, sorted by position; empty when there is no such article. */
    public List<Chunk> chunks(String slug) throws IOException {
        return chunks(slug, Audience.PUBLIC);
    }

    /**
     * The chunks of the article with this slug that {@code audience} may see, sorted by position; empty when there is
     * no such article for {@code audience}.
     */
    public List<Chunk> chunks(String slug, Audience audience) throws IOException {
        return store.article(slug, audience);
    }

    /**
     * The slug of the article {@code audience} may see that used to live at {@code path} (a former URL its front
     * matter lists as an alias or {@code redirect_from}, such as {@code /old/page/} or {@code old/page.html}); empty
     * when none did.
     */
    public Optional<String> formerlyAt(String path, Audience audience) throws IOException {
        return store.articleFormerlyAt(Slugs.fromUrl(path), audience);
    }
}
