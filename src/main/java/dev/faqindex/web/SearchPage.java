package dev.faqindex.web;

/**
 * The search page at {@code /}, in the site's frame and words: the search box with its placeholder, the filters, the
 * results area with its "Show more results" button, and the search tips shown before a search. The page's script
 * ({@code search.js}) finds its parts by their ids.
 */
final class SearchPage {

    private SearchPage() {
    }

    static String render(PageLayout layout) {
        SiteCopy site = layout.site();
        return layout.page("Search", "/assets/search.js", "search-page", false, html -> {
            html.open("section", "class", "hero").newline()
                    .element("h1", "How can we help?").newline()
                    .element("p", "Search our articles and frequently asked questions.", "class", "lede").newline()
                    .open("form", "id", "search-form", "class", "search-box", "role", "search", "aria-label",
                            "Search articles", "action", "/", "method", "get").newline()
                    .element("label", "Search", "for", "q", "class", "visually-hidden").newline()
                    .open("div", "class", "combo").newline()
                    .open("svg", "class", "search-icon", "aria-hidden", "true", "viewbox", "0 0 24 24", "width", "20",
                            "height", "20")
                    .open("circle", "cx", "11", "cy", "11", "r", "7", "fill", "none", "stroke", "currentColor",
                            "stroke-width", "2").close("circle")
                    .open("path", "d", "M20 20l-4-4", "stroke", "currentColor", "stroke-width", "2",
                            "stroke-linecap", "round").close("path")
                    .close("svg").newline()
                    // A combobox whose listbox is the completions (WAI-ARIA APG); the results below are links.
                    .open("input", "id", "q", "name", "q", "type", "search", "role", "combobox",
                            "aria-autocomplete", "list", "aria-expanded", "false", "aria-controls", "suggestions",
                            "aria-describedby", "search-help", "autocomplete", "off", "spellcheck", "false",
                            "placeholder", site.placeholder()).newline()
                    .open("ul", "id", "suggestions", "class", "suggestions", "role", "listbox", "aria-label",
                            "Suggestions", "hidden", "").close("ul").newline()
                    .close("div").newline()
                    .element("p", "Results update as you type. Up and down arrows choose a suggestion, Enter picks"
                            + " it. Down arrow past the suggestions moves to the results, where up and down arrows move"
                            + " between them, Enter opens one, and Escape comes back here. Escape in the box clears"
                            + " the search.", "id", "search-help",
                            "class", "visually-hidden").newline()
                    .close("form").newline()
                    .open("div", "id", "filters", "class", "filters", "role", "group", "aria-label",
                            "Filter results", "hidden", "").close("div").newline()
                    .close("section").newline();
            html.open("section", "class", "results-area", "aria-labelledby", "results-heading").newline()
                    .element("h2", "Search results", "id", "results-heading", "class", "visually-hidden").newline()
                    .open("p", "id", "status", "class", "status", "role", "status", "aria-live", "polite")
                    .close("p").newline()
                    .open("p", "id", "did-you-mean", "class", "did-you-mean", "hidden", "").close("p").newline()
                    .open("section", "id", "quick-answer", "class", "quick-answer", "aria-label", "Answer", "hidden", "")
                    .close("section").newline()
                    .open("ol", "id", "results", "class", "results", "aria-labelledby", "results-heading")
                    .close("ol").newline()
                    .element("button", "Show more results", "id", "more", "class", "more", "type", "button",
                            "hidden", "").newline()
                    .open("div", "id", "empty", "class", "empty", "hidden", "").close("div").newline()
                    .open("div", "id", "intro", "class", "intro").newline();
            if (!site.tips().isEmpty()) {
                html.element("h2", "Search tips").newline().open("ul", "class", "tips").newline();
                for (SiteCopy.Tip tip : site.tips()) {
                    html.open("li").element("span", tip.example(), "class", "tip-example")
                            .element("span", tip.meaning()).close("li").newline();
                }
                html.open("li").element("span", "\u2191 \u2193 Enter", "class", "tip-example")
                        .element("span", "pick a result with the keyboard").close("li").newline()
                        .close("ul").newline();
            }
            html.close("div").newline().close("section").newline();
            agentSignIn(html);
        });
    }

    /**
     * The sign-in of support agents ({@code agent.js}): their token makes the page search internal pages too, and
     * marks them; the token stays in the browser for this session only.
     */
    private static void agentSignIn(HtmlWriter html) {
        html.open("details", "id", "agent", "class", "agent-sign-in").newline()
                .element("summary", "Support agent sign-in").newline()
                .open("form", "id", "agent-form").newline()
                .element("label", "Agent token", "for", "agent-token").newline()
                .open("input", "id", "agent-token", "type", "password", "autocomplete", "off", "required", "required",
                        "aria-describedby", "agent-message").newline()
                .element("button", "Sign in", "type", "submit").newline()
                .close("form").newline()
                .element("p", "", "id", "agent-message", "class", "agent-message", "role", "alert").newline()
                .open("p", "id", "agent-signed-in", "hidden", "")
                .text("Signed in as a support agent: internal pages are searched too and marked Internal. ")
                .element("button", "Sign out", "id", "agent-sign-out", "type", "button")
                .close("p").newline()
                .close("details").newline();
    }
}
