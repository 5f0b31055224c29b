package dev.faqindex.content;

import dev.faqindex.content.block.Block;
import java.time.LocalDate;
import java.util.List;

/**
 * The unit of retrieval: one section of an article, one part of a long section, or one FAQ entry.
 *
 * @param id stable identifier, {@code <article slug>:<anchor>} (plus {@code -2}, {@code -3}... for the parts of a
 *     split section), or the id given by a JSON FAQ file
 * @param type section or FAQ entry
 * @param articleSlug slug of the article this chunk belongs to
 * @param articleTitle title of that article
 * @param title the section heading, or the FAQ question
 * @param breadcrumb article title, then each enclosing heading, ending with this chunk's own title
 * @param anchor the fragment identifier in the article page, without {@code #}
 * @param url deep link, {@code /articles/<slug>#<anchor>} unless the source gave its own url
 * @param body plain text of the section or answer; paragraphs separated by blank lines, list items on lines
 *     starting with {@code "- "}
 * @param tags tags of the article (and of the FAQ entry, for JSON FAQ files)
 * @param position order of the chunk within its article, from 0
 * @param blocks the body as blocks (code, tables, links... kept), for the article page; {@code body} is their plain
 *     text. Empty for a chunk made without them, whose page shows {@code body}
 * @param path the content file the chunk came from, relative to the content folder ({@code /} separators); empty
 *     when unknown
 * @param aliases former URLs of the article ({@code aliases}, {@code redirect_from}), to redirect to it
 * @param canonicalUrl the absolute URL the article's page declares as its own (HTML {@code <link rel="canonical">}),
 *     or empty; citations link to it when no site base URL is configured
 * @param visibility who may see it: everyone, or only requests with an agent token
 * @param reviewed when its page was last changed or reviewed ({@code lastmod}, {@code last_review_date}, else
 *     {@code date} in its front matter), or {@code null} when it does not say
 */
public record Chunk(
        String id,
        ChunkType type,
        String articleSlug,
        String articleTitle,
        String title,
        List<String> breadcrumb,
        String anchor,
        String url,
        String body,
        List<String> tags,
        int position,
        List<Block> blocks,
        String path,
        List<String> aliases,
        String canonicalUrl,
        Visibility visibility,
        LocalDate reviewed) {

    public Chunk {
        breadcrumb = List.copyOf(breadcrumb);
        tags = List.copyOf(tags);
        blocks = List.copyOf(blocks);
        aliases = List.copyOf(aliases);
        canonicalUrl = canonicalUrl == null ? "" : canonicalUrl;
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
    }

    /** A public chunk whose page gives no review date. */
    public Chunk(String id, ChunkType type, String articleSlug, String articleTitle, String title,
            List<String> breadcrumb, String anchor, String url, String body, List<String> tags, int position,
            List<Block> blocks, String path, List<String> aliases, String canonicalUrl) {
        this(id, type, articleSlug, articleTitle, title, breadcrumb, anchor, url, body, tags, position, blocks, path,
                aliases, canonicalUrl, Visibility.PUBLIC, null);
    }

    /** A chunk of plain text only, without blocks. */
    public Chunk(String id, ChunkType type, String articleSlug, String articleTitle, String title,
            List<String> breadcrumb, String anchor, String url, String body, List<String> tags, int position) {
        this(id, type, articleSlug, articleTitle, title, breadcrumb, anchor, url, body, tags, position, List.of(), "",
                List.of(), "");
    }

    /** Whether only requests with an agent token may see it. */
    public boolean internal() {
        return visibility == Visibility.INTERNAL;
    }

    /** The same chunk at another position in its article. */
    public Chunk atPosition(int newPosition) {
        return newPosition == position ? this : new Chunk(id, type, articleSlug, articleTitle, title, breadcrumb,
                anchor, url, body, tags, newPosition, blocks, path, aliases, canonicalUrl, visibility, reviewed);
    }

    /** The same chunk under another id (one that clashed with another chunk's, made unique). */
    public Chunk withId(String newId) {
        return new Chunk(newId, type, articleSlug, articleTitle, title, breadcrumb, anchor, url, body, tags, position,
                blocks, path, aliases, canonicalUrl);
    }

    /** The same chunk with other links (its source gave ones that may not be followed). */
    public Chunk withLinks(String newUrl, String newCanonicalUrl) {
        return new Chunk(id, type, articleSlug, articleTitle, title, breadcrumb, anchor, newUrl, body, tags, position,
                blocks, path, aliases, newCanonicalUrl);
    }

    /**
     * The same chunk in an article renamed to {@code newSlug}: its slug, and its id and url where they were made
     * from the old slug.
     */
    public Chunk inArticle(String newSlug) {
        String newId = id.startsWith(articleSlug + ":") ? newSlug + id.substring(articleSlug.length()) : id;
        String oldPage = "/articles/" + articleSlug + "#";
        String newUrl = url.startsWith(oldPage) ? "/articles/" + newSlug + "#" + url.substring(oldPage.length()) : url;
        return new Chunk(newId, type, newSlug, articleTitle, title, breadcrumb, anchor, newUrl, body, tags, position,
                blocks, path, aliases, canonicalUrl, visibility, reviewed);
    }
}
