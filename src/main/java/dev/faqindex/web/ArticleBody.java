package dev.faqindex.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a chunk's plain-text body as HTML: blank-line-separated paragraphs become {@code <p>}, lines starting with
 * {@code "- "} become list items (indented ones nested one level per two spaces). Everything is escaped.
 */
final class ArticleBody {

    private static final Pattern ITEM = Pattern.compile("^(\\s*)- (.*)$");

    private ArticleBody() {
    }

    static void write(String body, HtmlWriter html) {
        for (String block : body.strip().split("\\n\\s*\\n")) {
            if (!block.isBlank()) {
                writeBlock(block, html);
            }
        }
    }

    private static void writeBlock(String block, HtmlWriter html) {
        StringBuilder paragraph = new StringBuilder();
        int depth = 0;
        for (String line : block.split("\\n")) {
            Matcher item = ITEM.matcher(line);
            if (item.matches()) {
                paragraph = flush(paragraph, html);
                int level = item.group(1).replace("\t", "  ").length() / 2 + 1;
                depth = openOrCloseLists(depth, level, html);
                html.element("li", item.group(2).strip());
            } else if (!line.isBlank()) {
                depth = openOrCloseLists(depth, 0, html);
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        flush(paragraph, html);
        openOrCloseLists(depth, 0, html);
    }

    private static int openOrCloseLists(int depth, int wanted, HtmlWriter html) {
        for (; depth < wanted; depth++) {
            html.open("ul");
        }
        for (; depth > wanted; depth--) {
            html.close("ul");
        }
        return depth;
    }

    private static StringBuilder flush(StringBuilder paragraph, HtmlWriter html) {
        if (!paragraph.isEmpty()) {
            html.element("p", paragraph.toString()).newline();
        }
        return new StringBuilder();
    }
}
