package dev.faqindex.content.html;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds a page's main content and clears the page chrome out of it.
 *
 * <p>The main content is what the configured selector matches, else the page's {@code <main>}, else its
 * {@code role="main"} element, else its only {@code <article>}, else its {@code <body>}. Left out of it always:
 * scripts, styles, forms, embedded frames and graphics, navigation ({@code <nav>}, {@code role="navigation"}),
 * search boxes, hidden parts, tables of contents, breadcrumbs, pagination, footers, and the headers and asides of
 * the page itself (not those of an article or section within it); then whatever the configured ignore selector
 * matches.
 */
final class MainContent {

    /** Never content, wherever it is. */
    private static final String CHROME = String.join(", ", List.of(
            "script", "style", "noscript", "template", "iframe", "object", "embed", "canvas", "svg",
            "math > annotation",
            "form", "button", "input", "select", "textarea", "dialog", "nav", "footer", "link", "meta",
            "[hidden]", "[aria-hidden=true]", "[role=navigation]", "[role=search]", "[role=contentinfo]",
            "[data-pagefind-ignore]", "#toc", "#footer", "[class~=(^|[\\s_-])toc($|[\\s_-])]",
            "[class*=table-of-contents]", "[class*=breadcrumb]", "[class*=pagination]", "[class*=skip-link]"));
    /** Sectioning elements: a header or aside inside one of these belongs to it, not to the page. */
    private static final String SECTIONING = "article, section, main, [role=main]";

    private MainContent() {
    }

    /**
     * The main content found.
     *
     * @param root the element holding it (possibly a new one joining several matches of the configured selector)
     * @param bySelector whether the configured selector found it
     */
    record Found(Element root, boolean bySelector) {
    }

    /** The main content of {@code document}, chrome removed (the document is changed). */
    static Found find(Document document, HtmlSelectors selectors) {
        Optional<Element> configured = configured(document, selectors.main());
        Element root = configured
                .or(() -> single(document.select("main")))
                .or(() -> single(document.select("[role=main]")))
                .or(() -> single(document.select("article")))
                .orElseGet(() -> document.body());
        root.select(CHROME).remove();
        for (Element part : root.select("header, [role=banner], aside, [role=complementary]")) {
            if (part != root && !insideSection(part, root)) {
                part.remove();
            }
        }
        if (!selectors.ignore().isEmpty()) {
            root.select(selectors.ignore()).remove();
        }
        return new Found(root, configured.isPresent());
    }

    /** The configured selector's matches; several are read as one, in page order. */
    private static Optional<Element> configured(Document document, String selector) {
        if (selector.isEmpty()) {
            return Optional.empty();
        }
        Elements matches = document.select(selector);
        matches.removeIf(match -> match.parents().stream().anyMatch(matches::contains));
        if (matches.size() <= 1) {
            return matches.isEmpty() ? Optional.empty() : Optional.of(matches.getFirst());
        }
        Element joined = document.createElement("div");
        matches.forEach(match -> joined.appendChild(match));
        return Optional.of(joined);
    }

    /** The first element, unless none or (for articles, which may be a list of teasers) several match. */
    private static Optional<Element> single(Elements elements) {
        return elements.size() == 1 || !elements.isEmpty() && !elements.getFirst().tagName().equals("article")
                ? Optional.of(elements.getFirst()) : Optional.empty();
    }

    private static boolean insideSection(Element element, Element root) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent.is(SECTIONING)) {
                return true;
            }
            if (parent == root) {
                return root.is(SECTIONING);
            }
        }
        return false;
    }
}
