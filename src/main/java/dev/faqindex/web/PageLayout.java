package dev.faqindex.web;

import java.util.function.Consumer;

/** The frame every server-rendered page shares: head, site header with a search box, and footer. */
final class PageLayout {

    static final String SITE_NAME = "Help Center";

    private PageLayout() {
    }

    /**
     * A whole page.
     *
     * @param title text of the {@code <title>} (the site name is appended)
     * @param script path of an ES module to load, or {@code null}
     * @param main writes the content of {@code <main>}
     */
    static String page(String title, String script, Consumer<HtmlWriter> main) {
        HtmlWriter html = new HtmlWriter().doctype();
        html.open("html", "lang", "en").newline().open("head").newline()
                .open("meta", "charset", "utf-8").newline()
                .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline()
                .element("title", title + " · " + SITE_NAME).newline()
                .open("link", "rel", "stylesheet", "href", "/assets/site.css").newline();
        if (script != null) {
            html.open("script", "type", "module", "src", script).close("script").newline();
        }
        html.close("head").newline().open("body").newline();
        html.open("header", "class", "site-header").open("div", "class", "site-header-inner")
                .open("a", "class", "brand", "href", "/").open("span", "class", "brand-mark", "aria-hidden", "true")
                .text("?").close("span").text(SITE_NAME).close("a")
                .open("form", "class", "header-search", "action", "/", "method", "get", "role", "search")
                .open("input", "type", "search", "name", "q", "placeholder", "Search articles",
                        "aria-label", "Search articles", "autocomplete", "off")
                .close("form").close("div").close("header").newline();
        html.open("main", "id", "main", "class", "page").newline();
        main.accept(html);
        html.close("main").newline();
        html.open("footer", "class", "site-footer").text("Can't find what you need? Contact support.")
                .close("footer").newline();
        html.close("body").newline().close("html").newline();
        return html.toString();
    }
}
