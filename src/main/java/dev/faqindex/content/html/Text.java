package dev.faqindex.content.html;

import java.util.regex.Pattern;

/** Text as it comes out of a page's markup, made ready for reading and indexing. */
final class Text {

    /** Characters that take no room on a rendered page: zero-width spaces and joiners, soft hyphens, BOMs. */
    private static final Pattern INVISIBLE = Pattern.compile("[\u00AD\u200B\u200C\u200D\u2060\uFEFF]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u00A0]+");

    private Text() {
    }

    /** The text without invisible characters, as written (whitespace kept: code needs it). */
    static String visible(String text) {
        return INVISIBLE.matcher(text).replaceAll("");
    }

    /** The text without invisible characters, its whitespace collapsed to single spaces and trimmed. */
    static String clean(String text) {
        return WHITESPACE.matcher(visible(text)).replaceAll(" ").strip();
    }
}
