package dev.faqindex.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The counts of one day's analytics (or of several days merged): searches and feedback in total, per query, per
 * chunk and per source. A closed day's summary never changes, so it is computed once and kept.
 */
final class DaySummary {

    /** Counts for one normalised query. */
    static final class QueryCounts {
        long searches;
        long zeroResults;
        long hits;
        long clicks;
        long abstained;
        /** Searches and clicks by the public (not agents), which alone may become suggestions. */
        long publicZeroResults;
        /** The anonymous marks of the public clients that opened a hit for it: a day's marks, or several days'. */
        final Set<String> publicClickers = new HashSet<>();
        Instant lastSeen = Instant.EPOCH;

        void add(QueryCounts other) {
            searches += other.searches;
            zeroResults += other.zeroResults;
            hits += other.hits;
            clicks += other.clicks;
            abstained += other.abstained;
            publicZeroResults += other.publicZeroResults;
            publicClickers.addAll(other.publicClickers);
            if (other.lastSeen.isAfter(lastSeen)) {
                lastSeen = other.lastSeen;
            }
        }
    }

    /** Feedback counts for one chunk. */
    static final class ChunkCounts {
        long clicks;
        long helpful;
        long unhelpful;

        void add(ChunkCounts other) {
            clicks += other.clicks;
            helpful += other.helpful;
            unhelpful += other.unhelpful;
        }
    }

    final LocalDate day;
    long searches;
    long zeroResults;
    long abstained;
    long clicks;
    long helpful;
    long unhelpful;
    long unreadableLines;
    final Map<String, Long> bySource = new TreeMap<>();
    final Map<String, QueryCounts> queries = new HashMap<>();
    final Map<String, ChunkCounts> chunks = new HashMap<>();
    /** How often each query rule acted on a search. */
    final Map<String, Long> rules = new TreeMap<>();
    /** How often each article had a hit shown on a first page of results. */
    final Map<String, Long> articlesShown = new HashMap<>();

    DaySummary(LocalDate day) {
        this.day = day;
    }

    /** Counts one event in. */
    void add(AnalyticsEvent event) {
        if (event.kind() == AnalyticsEvent.Kind.search) {
            searches++;
            bySource.merge(event.source() == null ? "search" : event.source(), 1L, Long::sum);
            QueryCounts query = queries.computeIfAbsent(event.query(), q -> new QueryCounts());
            query.searches++;
            long hits = event.hits() == null ? 0 : event.hits();
            query.hits += hits;
            if (hits == 0) {
                zeroResults++;
                query.zeroResults++;
                if (!event.byAgent()) {
                    query.publicZeroResults++;
                }
            }
            if (event.abstained()) {
                abstained++;
                query.abstained++;
            }
            event.rules().forEach(rule -> rules.merge(rule, 1L, Long::sum));
            event.articles().forEach(article -> articlesShown.merge(article, 1L, Long::sum));
            if (event.at().isAfter(query.lastSeen)) {
                query.lastSeen = event.at();
            }
            return;
        }
        ChunkCounts chunk = chunks.computeIfAbsent(event.chunk(), c -> new ChunkCounts());
        switch (event.kind()) {
            case click -> {
                clicks++;
                chunk.clicks++;
                QueryCounts query = queries.computeIfAbsent(event.query(), q -> new QueryCounts());
                query.clicks++;
                if (!event.byAgent() && event.client() != null) {
                    query.publicClickers.add(event.client());
                }
            }
            case helpful -> {
                helpful++;
                chunk.helpful++;
            }
            case unhelpful -> {
                unhelpful++;
                chunk.unhelpful++;
            }
            default -> throw new IllegalStateException("not feedback: " + event.kind());
        }
    }

    /** Adds {@code other}'s counts to this one's. */
    void merge(DaySummary other) {
        searches += other.searches;
        zeroResults += other.zeroResults;
        abstained += other.abstained;
        clicks += other.clicks;
        helpful += other.helpful;
        unhelpful += other.unhelpful;
        unreadableLines += other.unreadableLines;
        other.bySource.forEach((source, count) -> bySource.merge(source, count, Long::sum));
        other.queries.forEach((query, counts) -> queries.computeIfAbsent(query, q -> new QueryCounts()).add(counts));
        other.chunks.forEach((chunk, counts) -> chunks.computeIfAbsent(chunk, c -> new ChunkCounts()).add(counts));
        other.rules.forEach((rule, count) -> rules.merge(rule, count, Long::sum));
        other.articlesShown.forEach((article, count) -> articlesShown.merge(article, count, Long::sum));
    }
}
