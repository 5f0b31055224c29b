package dev.faqindex.http;

import dev.faqindex.insights.CsvTables;
import dev.faqindex.insights.Insights;
import dev.faqindex.insights.InsightsReport;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The support team's insights, behind the admin token (or the dashboard's session):
 * {@code GET /api/admin/insights?from=&to=&staleDays=} answers the {@link InsightsReport} of a range of days (UTC,
 * both inclusive, by default the last 30), pages not reviewed for {@code staleDays} (default 365) listed as such;
 * {@code GET /api/admin/insights/{table}.csv} answers one of its tables as a CSV download.
 */
record InsightsRoutes(Insights insights) {

    /** Days in the default range, today included. */
    static final int DEFAULT_DAYS = 30;
    /** Days a page may go unreviewed before the report lists it, by default. */
    static final int DEFAULT_STALE_DAYS = 365;
    private static final String DATE = "a date like 2026-11-25";

    void report(Context ctx) throws IOException {
        ctx.json(read(ctx));
    }

    void csv(Context ctx) throws IOException {
        String file = ctx.pathParam("table");
        if (!file.endsWith(".csv")) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "no such table; ask for one of " + CsvTables.names()
                    + " as NAME.csv");
        }
        String name = file.substring(0, file.length() - ".csv".length());
        InsightsReport report = read(ctx);
        String csv = CsvTables.csv(report, name).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
                "no table '" + RequestFields.abbreviate(name) + "'; ask for one of " + CsvTables.names()));
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"faq-index-" + name + "-" + report.from() + "-to-"
                + report.to() + ".csv\"");
        ctx.result(csv);
    }

    private InsightsReport read(Context ctx) throws IOException {
        if (!insights.enabled()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND,
                    "analytics are off: analytics.retention-days is 0 (environment FAQ_INDEX_ANALYTICS_RETENTION_DAYS)");
        }
        QueryFields fields = new QueryFields(ctx);
        LocalDate today = insights.today();
        LocalDate to = fields.choice("to", LocalDate::parse, DATE).orElse(today);
        LocalDate from = fields.choice("from", LocalDate::parse, DATE).orElse(to.minusDays(DEFAULT_DAYS - 1L));
        if (from.isAfter(to)) {
            throw new BadRequestException("from (" + from + ") must not be after to (" + to + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= AnalyticsRoute.MAX_DAYS) {
            throw new BadRequestException("from and to may be at most " + AnalyticsRoute.MAX_DAYS + " days apart");
        }
        int staleDays = fields.integer("staleDays", DEFAULT_STALE_DAYS, 1, 36_500);
        return insights.report(from, to, staleDays);
    }
}
