package dev.faqindex.content;

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
record ArticleOutline(String slug, String title, List<String> tags, Path source, List<OutlineSection> sections) {

    ArticleOutline {
        tags = List.copyOf(tags);
        sections = List.copyOf(sections);
    }
}
