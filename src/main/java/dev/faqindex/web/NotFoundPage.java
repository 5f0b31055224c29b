package dev.faqindex.web;

/** The friendly page for an article or address that does not exist: says so and offers a search. */
final class NotFoundPage {

    private NotFoundPage() {
    }

    static String render(String path, PageLayout layout) {
        return layout.page("Page not found", null, html -> html
                .open("section", "class", "not-found").newline()
                .element("p", "404", "class", "eyebrow")
                .element("h1", "We couldn't find that page").newline()
                .open("p").text("There is no article at ").element("code", path)
                .text(". It may have moved or been renamed; try searching instead.").close("p").newline()
                .open("form", "action", "/", "method", "get", "role", "search", "aria-label", "Search instead",
                        "class", "not-found-search")
                .open("input", "type", "search", "name", "q", "aria-label", "Search",
                        "placeholder", layout.site().placeholder())
                .element("button", "Search", "type", "submit")
                .close("form").newline()
                .element("a", "Go to the home page", "href", "/")
                .close("section").newline());
    }
}
