package dev.faqindex.search;

import dev.faqindex.content.Chunk;

/**
 * The link a chatbot cites a passage by. With the site's public address configured ({@code site.base-url}), the
 * passage's page under it: {@code https://help.example.com/articles/<slug>#<anchor>}. Else, when the page declares
 * its own canonical URL (HTML {@code <link rel="canonical">}, front matter {@code canonical_url}), that URL with
 * the section's anchor. Else the relative link the search results carry. A link given by the content itself (a
 * JSON FAQ entry's {@code url}) is kept, made absolute under the base address when it is a path.
 */
public final class CitationLinks {

    /** Citations as the search results link: relative. */
    public static final CitationLinks RELATIVE = new CitationLinks("");

    private final String baseUrl;

    /** @param baseUrl the site's public address without a trailing slash, or empty for none */
    public CitationLinks(String baseUrl) {
        this.baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceFirst("/+$", "");
    }

    /** The link to cite {@code chunk} by. */
    public String of(Chunk chunk) {
        String url = chunk.url();
        if (!baseUrl.isEmpty()) {
            return url.startsWith("/") ? baseUrl + url : url;
        }
        if (!chunk.canonicalUrl().isEmpty() && url.startsWith("/articles/")) {
            String page = chunk.canonicalUrl().replaceFirst("#.*$", "");
            return opensPage(chunk) ? page : page + "#" + chunk.anchor();
        }
        return url;
    }

    /**
     * Whether the chunk is the text at the top of its page (whose anchor is ours, not the page's): cited as the page
     * itself.
     */
    private static boolean opensPage(Chunk chunk) {
        return chunk.breadcrumb().size() <= 1;
    }
}
