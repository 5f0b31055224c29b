package dev.faqindex.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which URLs from content may be followed: web and mail links ({@code http}, {@code https}, {@code mailto}), paths
 * and in-page anchors. Anything with another scheme ({@code javascript:}, {@code data:}, {@code vbscript:}...) is
 * refused, wherever the URL goes: a chunk's own link in the API and MCP answers ({@link #inArticle}), and the links
 * and images of article pages.
 */
public final class SafeLinks {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x20\\x7f]");
    private static final Pattern ABSOLUTE_WEB = Pattern.compile("^(?i)https?://[^\\s]+$");
    private static final int SHOWN_CHARS = 60;

    private SafeLinks() {
    }

    /** The URL, stripped, when it may be a link target. */
    public static Optional<String> link(String url) {
        return allowed(url, "http", "https", "mailto");
    }

    /** The URL, stripped, when an image may be loaded from it. */
    public static Optional<String> image(String url) {
        return allowed(url, "http", "https");
    }

    /**
     * The article with every chunk whose own link ({@link Chunk#url}, which a source such as a JSON FAQ may give) is
     * not a safe link linked to its place in the article page instead, and whose page's canonical URL is not an
     * absolute web address left without one, each reported in {@code problems}.
     */
    public static Article inArticle(Article article, Path file, List<ContentProblem> problems) {
        List<Chunk> chunks = article.chunks().stream().map(chunk -> {
            String url = chunk.url();
            if (link(url).isEmpty()) {
                problems.add(new ContentProblem(file, 0, "the url of '" + chunk.id() + "' ('" + shown(url)
                        + "') is not an http, https, mailto or relative link; it links to its place in the article"
                        + " instead"));
                url = "/articles/" + chunk.articleSlug() + "#" + chunk.anchor();
            }
            String canonical = chunk.canonicalUrl();
            if (!canonical.isEmpty() && !ABSOLUTE_WEB.matcher(canonical.strip()).find()) {
                problems.add(new ContentProblem(file, 0, "the canonical url of '" + chunk.id() + "' ('"
                        + shown(canonical) + "') is not an absolute http or https address; it is left out"));
                canonical = "";
            }
            return url.equals(chunk.url()) && canonical.equals(chunk.canonicalUrl()) ? chunk
                    : chunk.withLinks(url, canonical);
        }).toList();
        return chunks.equals(article.chunks()) ? article
                : new Article(article.slug(), article.title(), article.tags(), article.source(), chunks);
    }

    private static String shown(String url) {
        return url.length() > SHOWN_CHARS ? url.substring(0, SHOWN_CHARS) + "…" : url;
    }

    private static Optional<String> allowed(String url, String... schemes) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String trimmed = url.strip();
        Matcher scheme = SCHEME.matcher(CONTROL.matcher(trimmed).replaceAll(""));
        if (!scheme.find()) {
            return Optional.of(trimmed);
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        for (String allowed : schemes) {
            if (allowed.equals(name)) {
                return Optional.of(trimmed);
            }
        }
        return Optional.empty();
    }
}
