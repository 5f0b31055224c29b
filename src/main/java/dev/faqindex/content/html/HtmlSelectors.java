package dev.faqindex.content.html;

import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * CSS selectors a site owner sets for HTML pages: where a page's main content is, when the page does not mark it
 * with {@code <main>}, {@code role="main"} or a single {@code <article>}, and which parts of it to leave out (a
 * feedback widget, an "edit this page" bar) beyond the navigation, headers and footers always left out.
 *
 * @param main selector of the main content; empty to find it by the page's own markup
 * @param ignore selector of the parts to leave out; empty for none
 */
public record HtmlSelectors(String main, String ignore) {

    /** No selectors: the main content is found by the page's own markup. */
    public static final HtmlSelectors NONE = new HtmlSelectors("", "");

    /** @throws IllegalArgumentException when a selector is not valid CSS, naming the selector and the fault */
    public HtmlSelectors {
        main = checked("main content", main);
        ignore = checked("ignored parts", ignore);
    }

    /**
     * Checks that {@code css} is a selector jsoup can use.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static void check(String css) {
        try {
            QueryParser.parse(css);
        } catch (Selector.SelectorParseException e) {
            throw new IllegalArgumentException("not a valid CSS selector: " + e.getMessage(), e);
        }
    }

    private static String checked(String role, String selector) {
        String css = selector == null ? "" : selector.strip();
        if (!css.isEmpty()) {
            try {
                check(css);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the CSS selector of the " + role + " of HTML pages, '" + css
                        + "', is " + e.getMessage(), e);
            }
        }
        return css;
    }
}
