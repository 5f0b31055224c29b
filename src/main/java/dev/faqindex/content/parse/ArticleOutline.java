package dev.faqindex.content.parse;

import dev.faqindex.content.Visibility;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * @param visibility who may see the page, as the page itself declares it; {@code null} when it does not (its
 *     folder then decides)
 * @param reviewed when the page was last changed or reviewed, as it says; {@code null} when it does not
 */
public record ArticleOutline(String slug, String title, List<String> tags, Path source, List<OutlineSection> sections,
        String path, List<String> aliases, String canonicalUrl, Visibility visibility, LocalDate reviewed) {

    public ArticleOutline {
        tags = List.copyOf(tags);
        sections = List.copyOf(sections);
        aliases = List.copyOf(aliases);
        canonicalUrl = canonicalUrl == null ? "" : canonicalUrl;
    }

    /** An outline of a page that declares neither its visibility nor a review date. */
    public ArticleOutline(String slug, String title, List<String> tags, Path source, List<OutlineSection> sections,
            String path, List<String> aliases, String canonicalUrl) {
        this(slug, title, tags, source, sections, path, aliases, canonicalUrl, null, null);
    }

    /** An outline of a page that declares no canonical URL, visibility or review date. */
    public ArticleOutline(String slug, String title, List<String> tags, Path source, List<OutlineSection> sections,
            String path, List<String> aliases) {
        this(slug, title, tags, source, sections, path, aliases, "");
    }

    /** The same outline with its visibility decided. */
    public ArticleOutline withVisibility(Visibility decided) {
        return new ArticleOutline(slug, title, tags, source, sections, path, aliases, canonicalUrl, decided,
                reviewed);
    }

    /** An outline of a file at the top of the content folder, without aliases. */
    public ArticleOutline(String slug, String title, List<String> tags, Path source, List<OutlineSection> sections) {
        this(slug, title, tags, source, sections, source.getFileName().toString(), List.of(), "");
    }
}
