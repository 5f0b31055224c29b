package dev.faqindex.web;

import java.util.List;
import java.util.function.Consumer;

/**
 * The admin dashboard's two pages, rendered on the server: the sign-in form, and the dashboard's frame (landmarks,
 * headings, labelled range form, chart figures and table sections) that {@code /admin/assets/dashboard.js} fills from
 * {@code /api/admin/insights}. The charts are drawn by uPlot, served from the jar like every other script.
 */
final class AdminPage {

    static final String TITLE = "Search insights";

    /** The dashboard's sections: id, heading, what it shows, its CSV tables. */
    private record Section(String id, String heading, String about, List<String> tables) {
    }

    private static final List<Section> TABLES = List.of(
            new Section("to-write", "Articles to write", "Searches that found nothing, grouped by meaning: each row"
                    + " is one missing answer, with every wording people used.", List.of("articles-to-write")),
            new Section("no-click", "Results nobody opened", "Searches that found results that no reader opened:"
                    + " the results may not answer them.", List.of("no-click")),
            new Section("top-answers", "Most opened answers", "The answers readers opened most, with their"
                    + " verdicts.", List.of("top-answers")),
            new Section("rules", "Query rules", "Every rule of rules.yaml and how many searches it acted on.",
                    List.of("rules")),
            new Section("health", "Content health", "Sections that say nearly the same on different pages, pages"
                    + " not reviewed for long, pages without a review date, and pages never shown in a result.",
                    List.of("duplicates", "not-reviewed", "undated", "never-shown")));

    private static final List<String[]> CHARTS = List.of(
            new String[] {"searches", "Searches per day"},
            new String[] {"zero-rate", "Share of searches that found nothing"},
            new String[] {"abstained", "Searches given no answer per day"},
            new String[] {"clicks-per-search", "Clicks per search"});

    private final String siteName;

    /** @param siteName the site's name ({@link SiteCopy#name()}), shown beside the dashboard's; empty for none */
    AdminPage(String siteName) {
        this.siteName = siteName;
    }

    /** The sign-in form; {@code error} (or null) says why the last attempt failed. */
    String signIn(String error) {
        return page("Sign in", List.of(), html -> {
            html.open("main", "id", "main", "class", "admin-main sign-in").newline()
                    .element("h1", "Sign in to " + TITLE).newline()
                    .element("p", "Enter the admin token (the admin.token setting) to see what people search for,"
                            + " what they find, and what is missing.").newline()
                    .open("form", "method", "post", "action", "/admin/sign-in", "class", "sign-in-form").newline()
                    .element("label", "Admin token", "for", "token").newline()
                    .open("input", "id", "token", "name", "token", "type", "password", "required", "required",
                            "autocomplete", "current-password", "aria-describedby", error == null ? null : "error")
                    .newline()
                    .element("button", "Sign in", "type", "submit").newline();
            if (error != null) {
                html.element("p", error, "id", "error", "class", "error", "role", "alert").newline();
            }
            html.close("form").newline().close("main").newline();
        });
    }

    /** The dashboard, its sign-out form and its scripts' requests carrying {@code csrf}. */
    String dashboard(String csrf) {
        List<String> head = List.of(csrf);
        return page(TITLE, head, html -> {
            html.open("main", "id", "main", "class", "admin-main").newline()
                    .element("h1", TITLE).newline();
            rangeForm(html);
            html.element("p", "", "id", "status", "class", "status", "role", "status", "aria-live", "polite")
                    .newline();
            html.open("section", "id", "activity", "aria-labelledby", "activity-title").newline()
                    .element("h2", "Activity", "id", "activity-title").newline()
                    .open("dl", "id", "tiles", "class", "tiles").close("dl").newline()
                    .open("div", "class", "charts").newline();
            for (String[] chart : CHARTS) {
                html.open("figure", "class", "chart-figure")
                        .element("figcaption", chart[1], "id", "chart-" + chart[0] + "-title")
                        .open("div", "id", "chart-" + chart[0], "class", "chart", "role", "img",
                                "aria-labelledby", "chart-" + chart[0] + "-title")
                        .close("div").close("figure").newline();
            }
            html.close("div").newline();
            csvLink(html, "days", "Download the days as CSV");
            html.close("section").newline();
            for (Section section : TABLES) {
                html.open("section", "id", section.id(), "aria-labelledby", section.id() + "-title").newline()
                        .element("h2", section.heading(), "id", section.id() + "-title").newline()
                        .element("p", section.about(), "class", "about").newline();
                for (String table : section.tables()) {
                    html.open("div", "class", "table-block", "id", "block-" + table).newline()
                            .open("table", "id", "table-" + table).close("table").newline();
                    csvLink(html, table, "Download as CSV");
                    html.close("div").newline();
                }
                html.close("section").newline();
            }
            html.close("main").newline();
            html.open("footer", "class", "admin-footer")
                    .text("Charts drawn with uPlot (MIT licence), served by this server.").close("footer").newline();
        });
    }

    private static void rangeForm(HtmlWriter html) {
        html.open("form", "id", "range", "class", "range", "aria-label", "Date range").newline()
                .element("label", "From", "for", "from")
                .open("input", "id", "from", "name", "from", "type", "date", "required", "required")
                .element("label", "To", "for", "to")
                .open("input", "id", "to", "name", "to", "type", "date", "required", "required")
                .element("label", "Not reviewed for (days)", "for", "stale-days")
                .open("input", "id", "stale-days", "name", "staleDays", "type", "number", "min", "1", "value", "365")
                .element("button", "Show", "type", "submit").newline()
                .open("span", "class", "presets", "role", "group", "aria-label", "Quick ranges")
                .element("button", "Last 7 days", "type", "button", "data-days", "7")
                .element("button", "Last 30 days", "type", "button", "data-days", "30")
                .element("button", "Last 90 days", "type", "button", "data-days", "90")
                .close("span").newline()
                .close("form").newline();
    }

    private static void csvLink(HtmlWriter html, String table, String label) {
        html.element("a", label, "class", "csv", "data-table", table, "href",
                "/api/admin/insights/" + table + ".csv", "download", "").newline();
    }

    /** A whole admin page; {@code csrf} (none, or one value) goes in a meta element for the scripts. */
    private String page(String title, List<String> csrf, Consumer<HtmlWriter> body) {
        HtmlWriter html = new HtmlWriter().doctype();
        html.open("html", "lang", "en").newline().open("head").newline()
                .open("meta", "charset", "utf-8").newline()
                .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline()
                .open("meta", "name", "robots", "content", "noindex").newline()
                .element("title", siteName.isEmpty() ? title : title + " · " + siteName).newline()
                .open("link", "rel", "icon", "href", "/assets/favicon.svg", "type", "image/svg+xml").newline();
        if (!csrf.isEmpty()) {
            html.open("meta", "name", "csrf-token", "content", csrf.getFirst()).newline()
                    .open("link", "rel", "stylesheet", "href", "/admin/assets/uplot.css").newline();
        }
        html.open("link", "rel", "stylesheet", "href", "/admin/assets/admin.css").newline();
        if (!csrf.isEmpty()) {
            html.open("script", "src", "/admin/assets/uplot.js").close("script").newline()
                    .open("script", "type", "module", "src", "/admin/assets/dashboard.js").close("script").newline();
        }
        html.close("head").newline().open("body", "class", "admin").newline();
        html.open("header", "class", "admin-header").newline()
                .open("span", "class", "brand").open("span", "class", "brand-mark", "aria-hidden", "true").text("?")
                .close("span").text(siteName.isEmpty() ? "Insights" : siteName + " · insights").close("span").newline();
        if (!csrf.isEmpty()) {
            html.open("nav", "aria-label", "Dashboard sections").open("ul").newline();
            html.open("li").element("a", "Activity", "href", "#activity").close("li");
            for (Section section : TABLES) {
                html.open("li").element("a", section.heading(), "href", "#" + section.id()).close("li");
            }
            html.close("ul").close("nav").newline()
                    .open("form", "method", "post", "action", "/admin/sign-out", "class", "sign-out")
                    .open("input", "type", "hidden", "name", "csrf", "value", csrf.getFirst())
                    .element("button", "Sign out", "type", "submit").close("form").newline();
        }
        html.close("header").newline();
        body.accept(html);
        html.close("body").newline().close("html").newline();
        return html.toString();
    }
}
