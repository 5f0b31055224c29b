package dev.faqindex.content.block;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML written into content so that it can be shown and never run: jsoup's {@link Safelist#relaxed()}
 * (text formatting, lists, tables, links, images) plus details, figures, keyboard and definition markup; scripts,
 * styles, event handlers, frames and forms are removed, URLs are limited to web and mail links and relative paths.
 */
public final class SafeHtml {

    /** A base for checking relative URLs; it never appears in the output. */
    private static final String BASE = "https://content.invalid/";
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("details", "summary", "figure", "figcaption", "kbd", "samp", "var", "mark", "del", "ins", "abbr",
                    "dfn", "hr", "small", "s")
            .addAttributes(":all", "id", "lang", "dir")
            .addAttributes("abbr", "title")
            .addAttributes("details", "open")
            .preserveRelativeLinks(true);

    private SafeHtml() {
    }

    /** The cleaned HTML fragment. */
    public static String clean(String html) {
        return Jsoup.clean(html, BASE, SAFELIST, new Document.OutputSettings().prettyPrint(false));
    }

    /** The text of an HTML fragment, tags removed and entities decoded, whitespace collapsed. */
    public static String text(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }
}
