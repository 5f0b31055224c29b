package dev.faqindex.web;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The frame every server-rendered page shares: head, site header (the site's logo and name, and on every page but
 * the search page a search box), and footer with the contact link; all in the site's own words ({@link SiteCopy}).
 */
final class PageLayout {

    private final SiteCopy site;

    PageLayout(SiteCopy site) {
        this.site = site;
    }

    SiteCopy site() {
        return site;
    }

    /**
     * A page with a search box in its header.
     *
     * @param title text of the {@code <title>} (the site name is appended)
     * @param script path of an ES module to load, or {@code null}
     * @param main writes the content of {@code <main>}
     */
    String page(String title, String script, Consumer<HtmlWriter> main) {
        return page(title, script, null, true, main);
    }

    /**
     * A whole page.
     *
     * @param title text of the {@code <title>} (the site name is appended)
     * @param script path of an ES module to load, or {@code null}
     * @param bodyClass the body's class, or {@code null}
     * @param headerSearch whether the header holds a search box
     * @param main writes the content of {@code <main>}
     */
    String page(String title, String script, String bodyClass, boolean headerSearch, Consumer<HtmlWriter> main) {
        HtmlWriter html = new HtmlWriter().doctype();
        html.open("html", "lang", "en").newline().open("head").newline()
                .open("meta", "charset", "utf-8").newline()
                .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline()
                .element("title", site.name().isEmpty() ? title : title + " · " + site.name()).newline()
                .open("link", "rel", "icon", "href", "/assets/favicon.svg", "type", "image/svg+xml").newline()
                .open("link", "rel", "stylesheet", "href", "/assets/site.css").newline();
        if (script != null) {
            html.open("script", "type", "module", "src", script).close("script").newline();
        }
        html.close("head").newline().open("body", "class", bodyClass).newline();
        // The first stop of the Tab key: past the header, straight to the page's content (WCAG 2.4.1).
        html.element("a", "Skip to content", "class", "skip-link", "href", "#main").newline();
        html.open("header", "class", "site-header").open("div", "class", "site-header-inner");
        brand(html);
        if (headerSearch) {
            html.open("form", "class", "header-search", "action", "/", "method", "get", "role", "search",
                            "aria-label", "Site search")
                    .open("input", "type", "search", "name", "q", "placeholder", site.placeholder(),
                            "aria-label", "Search", "autocomplete", "off")
                    .close("form");
        }
        html.close("div").close("header").newline();
        html.open("main", "id", "main", "class", "page", "tabindex", "-1").newline();
        main.accept(html);
        html.close("main").newline();
        footer(html);
        html.close("body").newline().close("html").newline();
        return html.toString();
    }

    /** The link home: the logo, when there is one, and the site's name. */
    private void brand(HtmlWriter html) {
        html.open("a", "class", "brand", "href", "/");
        Optional<String> logo = SafeUrls.image(site.logo());
        if (logo.isPresent()) {
            html.open("img", "class", "brand-logo", "src", logo.get(), "alt", site.name().isEmpty() ? "Home" : "");
        } else {
            html.open("span", "class", "brand-mark", "aria-hidden", "true").text("?").close("span");
        }
        html.text(site.name()).close("a");
    }

    private void footer(HtmlWriter html) {
        html.open("footer", "class", "site-footer").text("Can't find what you need?");
        Optional<String> contact = SafeUrls.link(site.contactUrl());
        if (contact.isPresent()) {
            html.text(" ").element("a", site.contactLabel(), "href", contact.get());
        } else {
            html.text(" Try other words, or fewer.");
        }
        html.close("footer").newline();
    }
}
