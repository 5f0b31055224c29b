package dev.faqindex.http;

import dev.faqindex.analytics.SearchAnalytics;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * {@code GET /api/admin/analytics?from=&to=&limit=}: the search analytics report over a range of days (UTC,
 * {@code YYYY-MM-DD}, both inclusive; by default the last 7 days), its lists cut at {@code limit} rows (1–1000,
 * default 20). Behind the admin token.
 */
final class AnalyticsRoute {

    /** Days in the default range, today included. */
    static final int DEFAULT_DAYS = 7;
    /** Longest range one report may cover. */
    static final int MAX_DAYS = 3660;

    private final SearchAnalytics analytics;
    private final Clock clock;

    AnalyticsRoute(SearchAnalytics analytics, Clock clock) {
        this.analytics = analytics;
        this.clock = clock;
    }

    void handle(Context ctx) throws IOException {
        if (!analytics.enabled()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND,
                    "analytics are off: analytics.retention-days is 0 (environment FAQ_INDEX_ANALYTICS_RETENTION_DAYS)");
        }
        RequestParams params = new RequestParams(ctx);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate to = date(params, "to", today);
        LocalDate from = date(params, "from", to.minusDays(DEFAULT_DAYS - 1L));
        if (from.isAfter(to)) {
            throw new BadRequestException("from (" + from + ") must not be after to (" + to + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new BadRequestException("from and to may be at most " + MAX_DAYS + " days apart");
        }
        int limit = params.integer("limit", 20, 1, 1000);
        ctx.json(analytics.report(from, to, limit));
    }

    private static LocalDate date(RequestParams params, String name, LocalDate fallback) {
        String value = params.text(name, "").strip();
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be a date like 2026-11-25, got '"
                    + RequestParams.abbreviate(value) + "'");
        }
    }
}
