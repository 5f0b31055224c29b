package dev.faqindex.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What people searched for over a date range, and what they did not find: the body of
 * {@code GET /api/admin/analytics}.
 *
 * @param from first day (UTC), inclusive
 * @param to last day (UTC), inclusive
 * @param retentionDays days of analytics kept; older days are gone
 * @param totals counts over the whole range
 * @param days counts per day, oldest first, days with nothing included
 * @param topQueries the most searched queries
 * @param zeroResultQueries the queries that most often found nothing: content to write
 * @param topChunks the chunks most often opened, with readers' verdicts
 * @param noClickQueries the queries most often searched that found results but whose results nobody opened
 * @param rulesFired how often each query rule acted on a search, by rule id
 * @param articlesShown how often each article had a hit on a first page of results, by slug
 * @param unreadableLines lines of the log that could not be read (a torn line after a crash) and were skipped
 */
public record AnalyticsReport(LocalDate from, LocalDate to, int retentionDays, Totals totals, List<Day> days,
        List<QueryRow> topQueries, List<ZeroResultRow> zeroResultQueries, List<ChunkRow> topChunks,
        List<QueryRow> noClickQueries, Map<String, Long> rulesFired, Map<String, Long> articlesShown,
        long unreadableLines) {

    /**
     * Counts over the range.
     *
     * @param searches searches answered (a run of as-you-type searches counts once)
     * @param zeroResultSearches searches that found nothing
     * @param zeroResultRate their share of all searches (0 when there were none)
     * @param clicks hits opened
     * @param clicksPerSearch clicks divided by searches (0 when there were none)
     * @param helpful answers marked helpful
     * @param unhelpful answers marked unhelpful
     * @param bySource searches per source ({@code search}, {@code retrieve}, {@code mcp})
     * @param abstained searches given no answer: no quick answer on a search page, {@code answered: false} for a
     *     chatbot
     * @param abstentionRate their share of all searches (0 when there were none)
     */
    public record Totals(long searches, long zeroResultSearches, double zeroResultRate, long clicks,
            double clicksPerSearch, long helpful, long unhelpful, Map<String, Long> bySource, long abstained,
            double abstentionRate) {
    }

    /** One day's counts. */
    public record Day(LocalDate date, long searches, long zeroResultSearches, long clicks, long abstained) {
    }

    /** One query's counts. */
    public record QueryRow(String query, long searches, long zeroResultSearches, double averageHits, long clicks,
            double clicksPerSearch) {
    }

    /** A query that found nothing, how often, and when last. */
    public record ZeroResultRow(String query, long searches, Instant lastSeen) {
    }

    /** One chunk's feedback. */
    public record ChunkRow(String id, long clicks, long helpful, long unhelpful) {
    }

    /** The report over {@code days} (one summary per day of the range, oldest first), lists cut at {@code limit}. */
    static AnalyticsReport of(LocalDate from, LocalDate to, int retentionDays, List<DaySummary> days, int limit) {
        DaySummary all = new DaySummary(from);
        days.forEach(all::merge);
        Totals totals = new Totals(all.searches, all.zeroResults, ratio(all.zeroResults, all.searches), all.clicks,
                ratio(all.clicks, all.searches), all.helpful, all.unhelpful, Map.copyOf(all.bySource), all.abstained,
                ratio(all.abstained, all.searches));
        List<Day> perDay = days.stream().map(d -> new Day(d.day, d.searches, d.zeroResults, d.clicks, d.abstained))
                .toList();
        List<QueryRow> top = all.queries.entrySet().stream()
                .filter(e -> e.getValue().searches > 0)
                .sorted(Comparator.<Map.Entry<String, DaySummary.QueryCounts>>comparingLong(e -> -e.getValue().searches)
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> queryRow(e.getKey(), e.getValue()))
                .toList();
        List<ZeroResultRow> zero = all.queries.entrySet().stream()
                .filter(e -> e.getValue().zeroResults > 0)
                .sorted(Comparator.<Map.Entry<String, DaySummary.QueryCounts>>comparingLong(e -> -e.getValue().zeroResults)
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> new ZeroResultRow(e.getKey(), e.getValue().zeroResults, e.getValue().lastSeen))
                .toList();
        List<ChunkRow> chunks = all.chunks.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, DaySummary.ChunkCounts>>comparingLong(e -> -e.getValue().clicks)
                        .thenComparingLong(e -> -(e.getValue().helpful + e.getValue().unhelpful))
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> new ChunkRow(e.getKey(), e.getValue().clicks, e.getValue().helpful, e.getValue().unhelpful))
                .toList();
        List<QueryRow> noClick = all.queries.entrySet().stream()
                .filter(e -> e.getValue().searches > e.getValue().zeroResults && e.getValue().clicks == 0)
                .sorted(Comparator.<Map.Entry<String, DaySummary.QueryCounts>>comparingLong(
                                e -> -(e.getValue().searches - e.getValue().zeroResults))
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> queryRow(e.getKey(), e.getValue()))
                .toList();
        return new AnalyticsReport(from, to, retentionDays, totals, perDay, top, zero, chunks, noClick,
                Collections.unmodifiableMap(new TreeMap<>(all.rules)),
                Collections.unmodifiableMap(new TreeMap<>(all.articlesShown)), all.unreadableLines);
    }

    private static QueryRow queryRow(String query, DaySummary.QueryCounts q) {
        return new QueryRow(query, q.searches, q.zeroResults, ratio(q.hits, q.searches), q.clicks,
                ratio(q.clicks, q.searches));
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
