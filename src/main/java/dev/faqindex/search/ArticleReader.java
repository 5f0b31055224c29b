package dev.faqindex.search;

import dev.faqindex.content.Chunk;
import dev.faqindex.content.parse.Slugs;
import dev.faqindex.index.LiveIndex;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads an article back out of the index: every chunk of the article, in reading order, so a page can be rendered
 * from exactly what search links into, or, for a long article, one part of it ({@link #part}) read without the rest;
 * and finds the article a former URL of it stands for. Thread-safe; each call acquires a searcher and releases it.
 */
public final class ArticleReader {

    private final ChunkStore store;

    public ArticleReader(LiveIndex index) {
        this.store = new ChunkStore(new Searchers(index.searchers()));
    }

    /**
     * One part of an article cut into parts of {@code chunksPerPart} chunks.
     *
     * @param chunks the part's chunks, sorted by position
     * @param number which part, from 1
     * @param count how many parts the article has
     */
    public record Part(List<Chunk> chunks, int number, int count) {
    }

    /**
     * The slug of the article {@code audience} may see that used to live at {@code path} (a former URL its front
     * matter lists as an alias or {@code redirect_from}, such as {@code /old/page/} or {@code old/page.html}); empty
     * when none did.
     */
    public Optional<String> formerlyAt(String path, Audience audience) throws IOException {
        return store.articleFormerlyAt(Slugs.fromUrl(path), audience);
    }

    /**
     * Part {@code number} (from 1) of the article with this slug cut into parts of {@code chunksPerPart} chunks, of
     * what {@code audience} may see; empty when there is no such article or part for {@code audience}.
     */
    public Optional<Part> part(String slug, Audience audience, int number, int chunksPerPart) throws IOException {
        int size = store.articleSize(slug, audience);
        int count = Math.max(1, (size + chunksPerPart - 1) / chunksPerPart);
        if (size == 0 || number < 1 || number > count) {
            return Optional.empty();
        }
        int from = (number - 1) * chunksPerPart;
        List<Chunk> chunks = store.article(slug, from, from + chunksPerPart, audience);
        return chunks.isEmpty() ? Optional.empty() : Optional.of(new Part(chunks, number, count));
    }

    /** Which part (from 1) of the article, cut into parts of {@code chunksPerPart}, holds this anchor. */
    public Optional<Integer> partWithAnchor(String slug, Audience audience, String anchor, int chunksPerPart)
            throws IOException {
        return store.positionOfAnchor(slug, anchor, audience).map(position -> position / chunksPerPart + 1);
    }
}
