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
 * @param path the file's path below the content folder, with {@code /} separators
 * @param aliases former URLs of the page, to redirect to it
 * @param canonicalUrl the absolute URL the page declares as its own ({@code <link rel="canonical">}), or empty
 */
public record ArticleOutline(String slug, String title, List<String> tags, Path source, List<OutlineSection> sections,
        String path, List<String> aliases, String canonicalUrl) {

    public ArticleOutline {
        tags = List.copyOf(tags);
        sections = List.copyOf(sections);
        aliases = List.copyOf(aliases);
        canonicalUrl = canonicalUrl == null ? "" : canonicalUrl;
    }

    /** An outline of a page that declares no canonical URL. */
    public ArticleOutline(String slug, String title, List<String> tags, Path source, List<OutlineSection> sections,
            String path, List<String> aliases) {
        this(slug, title, tags, source, sections, path, aliases, "");
    }

    /** An outline of a file at the top of the content folder, without aliases. */
    public ArticleOutline(String slug, String title, List<String> tags, Path source, List<OutlineSection> sections) {
        this(slug, title, tags, source, sections, source.getFileName().toString(), List.of(), "");
    }
}
