package dev.faqindex.http;

import dev.faqindex.analytics.SearchAnalytics;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * {@code GET /api/admin/analytics?from=&to=&limit=}: the search analytics report over a range of days (UTC,
 * {@code YYYY-MM-DD}, both inclusive; by default the last 7 days), its lists cut at {@code limit} rows (1–1000,
 * default 20). Behind the admin token.
 */
record AnalyticsRoute(SearchAnalytics analytics, Clock clock) {

    /** Days in the default range, today included. */
    static final int DEFAULT_DAYS = 7;
    /** Longest range one report may cover. */
    static final int MAX_DAYS = 3660;
    private static final String DATE = "a date like 2026-11-25";

    void handle(Context ctx) throws IOException {
        if (!analytics.enabled()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND,
                    "analytics are off: analytics.retention-days is 0 (environment FAQ_INDEX_ANALYTICS_RETENTION_DAYS)");
        }
        QueryFields fields = new QueryFields(ctx);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate to = fields.choice("to", LocalDate::parse, DATE).orElse(today);
        LocalDate from = fields.choice("from", LocalDate::parse, DATE).orElse(to.minusDays(DEFAULT_DAYS - 1L));
        if (from.isAfter(to)) {
            throw new BadRequestException("from (" + from + ") must not be after to (" + to + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new BadRequestException("from and to may be at most " + MAX_DAYS + " days apart");
        }
        int limit = fields.integer("limit", 20, 1, 1000);
        ctx.json(analytics.report(from, to, limit));
    }
}
