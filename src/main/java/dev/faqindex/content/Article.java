package dev.faqindex.content;

import java.nio.file.Path;
import java.util.List;

/**
 * One source document after parsing: an article with sections and FAQ entries, or a JSON FAQ file.
 *
 * @param slug URL-safe identifier, from front matter or the file name
 * @param title human title
 * @param tags article-level tags (possibly empty)
 * @param source the file it was read from
 * @param chunks its chunks in reading order
 */
public record Article(String slug, String title, List<String> tags, Path source, List<Chunk> chunks) {

    public Article {
        tags = List.copyOf(tags);
        chunks = List.copyOf(chunks);
    }
}
