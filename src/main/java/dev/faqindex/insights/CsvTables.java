package dev.faqindex.insights;

import dev.faqindex.search.ContentHealth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every table of the {@link InsightsReport} as CSV (RFC 4180: fields quoted when they hold a comma, quote or line
 * break, lines ended by CRLF), for a spreadsheet. A field that a spreadsheet would run as a formula (it starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return: searches are typed by anyone) is prefixed
 * with an apostrophe, so it shows as text.
 */
public final class CsvTables {

    /** A table: its file name's stem, its header and how a report becomes its rows. */
    private record Table(List<String> header, Function<InsightsReport, List<List<Object>>> rows) {
    }

    private static final Map<String, Table> TABLES = Map.of(
            "days", new Table(List.of("date", "searches", "zero_result_searches", "abstained", "clicks"),
                    report -> map(report.days(), day -> List.of(day.date(), day.searches(), day.zeroResultSearches(),
                            day.abstained(), day.clicks()))),
            "articles-to-write", new Table(List.of("query", "searches", "wordings", "last_seen"),
                    report -> map(report.articlesToWrite(), group -> List.of(group.query(), group.searches(),
                            String.join(" | ", group.wordings()), String.valueOf(group.lastSeen())))),
            "no-click", new Table(List.of("query", "searches", "average_hits"),
                    report -> map(report.noClick(), row -> List.<Object>of(row.query(), row.searches(),
                            row.averageHits()))),
            "top-answers", new Table(List.of("id", "title", "clicks", "helpful", "unhelpful"),
                    report -> map(report.topAnswers(), answer -> List.of(answer.id(),
                            answer.title() == null ? "" : answer.title(), answer.clicks(), answer.helpful(),
                            answer.unhelpful()))),
            "rules", new Table(List.of("id", "query", "match", "fired", "in_use"),
                    report -> map(report.rules(), rule -> List.of(rule.id(), rule.query() == null ? "" : rule.query(),
                            rule.match() == null ? "" : rule.match(), rule.fired(), rule.inUse()))),
            "duplicates", new Table(List.of("first", "first_title", "second", "second_title", "similarity"),
                    report -> map(report.health().duplicates(), pair -> List.of(pair.first(), pair.firstTitle(),
                            pair.second(), pair.secondTitle(), pair.similarity()))),
            "not-reviewed", new Table(pageHeader(), report -> pages(report.health().notReviewed())),
            "undated", new Table(pageHeader(), report -> pages(report.health().undated())),
            "never-shown", new Table(pageHeader(), report -> pages(report.health().neverShown())));

    private CsvTables() {
    }

    /** The names of the tables, as {@link #csv} takes them. */
    public static List<String> names() {
        return TABLES.keySet().stream().sorted().toList();
    }

    /** The table {@code name} of {@code report} as CSV; empty when there is no such table. */
    public static Optional<String> csv(InsightsReport report, String name) {
        Table table = TABLES.get(name);
        if (table == null) {
            return Optional.empty();
        }
        StringBuilder csv = new StringBuilder();
        line(csv, new ArrayList<>(table.header()));
        for (List<Object> row : table.rows().apply(report)) {
            line(csv, row);
        }
        return Optional.of(csv.toString());
    }

    private static List<String> pageHeader() {
        return List.of("slug", "title", "path", "reviewed", "internal", "chunks");
    }

    private static List<List<Object>> pages(List<ContentHealth.Page> pages) {
        return map(pages, page -> List.of(page.slug(), page.title(), page.path(),
                page.reviewed() == null ? "" : page.reviewed().toString(), page.internal(), page.chunks()));
    }

    private static <T> List<List<Object>> map(List<T> items, Function<T, List<Object>> row) {
        return items.stream().map(row).toList();
    }

    private static void line(StringBuilder csv, List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(String.valueOf(fields.get(i))));
        }
        csv.append("\r\n");
    }

    /** One field, neutralised as a formula and quoted when it must be. */
    static String field(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value)
                ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static boolean isNumber(String value) {
        return value.matches("-?\\d+(\\.\\d+)?");
    }
}
