package dev.faqindex.content.parse;

import java.nio.file.Path;
import java.util.List;

/**
 * What a parser makes of one file: the article's identity and its sections in reading order.
 *
 * @param slug URL-safe identifier of the article
 * @param title human title
 * @param tags article-level tags
 * @param source the file it came from
 * @param sections sections and FAQ entries in reading order
 */
public record ArticleOutline(String slug, String title, List<String> tags, Path source, List<OutlineSection> sections) {

    public ArticleOutline {
        tags = List.copyOf(tags);
        sections = List.copyOf(sections);
    }
}
