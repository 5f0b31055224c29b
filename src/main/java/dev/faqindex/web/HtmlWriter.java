package dev.faqindex.web;

import java.util.regex.Pattern;

/**
 * Builds an HTML document piece by piece, escaping every text and attribute value it is given; tag and attribute
 * names must be plain identifiers, so untrusted data can only ever end up as text.
 */
final class HtmlWriter {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final StringBuilder out = new StringBuilder(8192);

    /** Writes the doctype. */
    HtmlWriter doctype() {
        out.append("<!doctype html>\n");
        return this;
    }

    /** Opens an element; {@code attributes} are name, value pairs (a {@code null} value omits the attribute). */
    HtmlWriter open(String tag, String... attributes) {
        out.append('<').append(name(tag));
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(name(attributes[i])).append("=\"");
                escape(attributes[i + 1], out);
                out.append('"');
            }
        }
        out.append('>');
        return this;
    }

    /** Closes an element. */
    HtmlWriter close(String tag) {
        out.append("</").append(name(tag)).append('>');
        return this;
    }

    /** Writes escaped text. */
    HtmlWriter text(String text) {
        escape(text, out);
        return this;
    }

    /** Writes markup that {@link dev.faqindex.content.block.SafeHtml} has just cleaned; nothing else may come here. */
    HtmlWriter cleanMarkup(String cleaned) {
        out.append(cleaned);
        return this;
    }

    /** An element holding only escaped text. */
    HtmlWriter element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A newline, to keep the source readable. */
    HtmlWriter newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Escapes text for use in element content and in double-quoted attribute values. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        escape(text, sb);
        return sb.toString();
    }

    private static void escape(String text, StringBuilder sb) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an HTML name: " + name);
        }
        return name;
    }
}
