package dev.faqindex.web;

import dev.faqindex.content.Chunk;
import dev.faqindex.content.ChunkType;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an article from its indexed chunks in reading order: the parts of a split section under one heading,
 * every section and FAQ heading carrying the {@code id} its search hits link to, headings that hold no text of
 * their own restored from the breadcrumbs, and everything escaped.
 */
final class ArticlePage {

    private ArticlePage() {
    }

    /** The page for a whole article in the site's frame; {@code chunks} must be non-empty and sorted by position. */
    static String render(List<Chunk> chunks, PageLayout layout) {
        return render(chunks, 1, 1, layout);
    }

    /**
     * The page for part {@code part} of {@code parts} of an article (the whole article when there is one part), in
     * the site's frame; {@code chunks}, those of the part, must be non-empty and sorted by position.
     */
    static String render(List<Chunk> chunks, int part, int parts, PageLayout layout) {
        Chunk first = chunks.getFirst();
        String title = parts == 1 ? first.articleTitle() : first.articleTitle() + " (part " + part + " of " + parts
                + ")";
        return layout.page(title, "/assets/article.js", html -> {
            html.open("article", "class", "article", "data-parts", Integer.toString(parts)).newline();
            html.open("nav", "class", "crumbs", "aria-label", "Breadcrumb")
                    .element("a", layout.site().name().isEmpty() ? "Home" : layout.site().name(), "href", "/")
                    .text(" › ").element("span", first.articleTitle())
                    .close("nav").newline();
            html.element("h1", first.articleTitle()).newline();
            if (chunks.stream().anyMatch(Chunk::internal)) {
                html.element("p", "Internal: for support agents only. Do not share this page with customers.",
                        "class", "internal-note", "role", "note").newline();
            }
            if (!first.tags().isEmpty()) {
                html.open("ul", "class", "tags", "aria-label", "Tags");
                first.tags().forEach(tag -> html.element("li", tag));
                html.close("ul").newline();
            }
            writeParts(part, parts, html);
            writeChunks(chunks, html);
            writeParts(part, parts, html);
            html.close("article").newline();
        });
    }

    /** For an article in parts: which part this is, and links to the others. */
    private static void writeParts(int part, int parts, HtmlWriter html) {
        if (parts == 1) {
            return;
        }
        html.open("nav", "class", "article-parts", "aria-label", "Parts of this article")
                .text("Part " + part + " of " + parts + ": ");
        for (int n = 1; n <= parts; n++) {
            if (n == part) {
                html.element("span", Integer.toString(n), "aria-current", "page");
            } else {
                html.element("a", Integer.toString(n), "href", "?part=" + n);
            }
            html.text(" ");
        }
        html.close("nav").newline();
    }

    private static void writeChunks(List<Chunk> chunks, HtmlWriter html) {
        List<String> openHeadings = new ArrayList<>();
        String previousAnchor = null;
        boolean sectionOpen = false;
        for (Chunk chunk : chunks) {
            if (chunk.anchor().equals(previousAnchor)) {
                writeBody(chunk, html); // a further part of a split section
                continue;
            }
            if (sectionOpen) {
                html.close("section").newline();
            }
            List<String> headings = chunk.breadcrumb().subList(1, chunk.breadcrumb().size());
            writeMissingParents(headings, openHeadings, html);
            String cssClass = chunk.type() == ChunkType.FAQ ? "block faq" : "block";
            html.open("section", "id", chunk.anchor(), "class", cssClass).newline();
            if (!headings.isEmpty()) {
                html.element(heading(headings.size()), chunk.title()).newline();
            }
            writeBody(chunk, html);
            sectionOpen = true;
            openHeadings = headings;
            previousAnchor = chunk.anchor();
        }
        if (sectionOpen) {
            html.close("section").newline();
        }
    }

    /** The chunk's blocks; its plain text for a chunk stored without blocks. */
    private static void writeBody(Chunk chunk, HtmlWriter html) {
        if (chunk.blocks().isEmpty()) {
            ArticleBody.write(chunk.body(), html);
        } else {
            BlockHtml.write(chunk.blocks(), html);
        }
    }

    /** Writes the enclosing headings a chunk has that the previous chunk did not (sections without own text). */
    private static void writeMissingParents(List<String> headings, List<String> previous, HtmlWriter html) {
        for (int level = 0; level < headings.size() - 1; level++) {
            boolean shared = level < previous.size() && previous.get(level).equals(headings.get(level))
                    && previous.subList(0, level).equals(headings.subList(0, level));
            if (!shared) {
                html.element(heading(level + 1), headings.get(level), "class", "group-heading").newline();
            }
        }
    }

    private static String heading(int depth) {
        return "h" + Math.min(depth + 1, 4);
    }
}
