package dev.faqindex.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the analytics log: a search and how many hits it had, or a reader's feedback on a hit (a click, or
 * whether the answer helped). Holds no client address, cookie or user agent: only the normalised query
 * ({@link QueryText}), and for feedback the chunk id and its position in the results.
 *
 * @param at when it happened
 * @param kind what happened
 * @param source where a search came from: {@code search} (the search API and website), {@code retrieve} (the chatbot
 *     API) or {@code mcp}; null for feedback
 * @param query the query, normalised
 * @param hits how many chunks matched (searches only)
 * @param mode the ranking mode (searches only)
 * @param chunk the chunk the feedback is about (feedback only)
 * @param position the chunk's 1-based position in the results shown (feedback only, when known)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnalyticsEvent(Instant at, Kind kind, String source, String query, Long hits, String mode, String chunk,
        Integer position) {

    /** What an event records. */
    public enum Kind {
        /** A search was answered. */
        search,
        /** A reader opened a hit. */
        click,
        /** A reader said a hit answered the question. */
        helpful,
        /** A reader said a hit did not answer the question. */
        unhelpful;

        /** Whether this is feedback on a hit rather than a search. */
        public boolean feedback() {
            return this != search;
        }
    }

    public AnalyticsEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(query, "query");
    }

    /** A search with {@code hits} matches. */
    public static AnalyticsEvent search(Instant at, String source, String query, long hits, String mode) {
        return new AnalyticsEvent(at, Kind.search, source, query, hits, mode, null, null);
    }

    /** Feedback of {@code kind} on {@code chunk}, shown at {@code position} (null when unknown) for {@code query}. */
    public static AnalyticsEvent feedback(Instant at, Kind kind, String query, String chunk, Integer position) {
        if (!kind.feedback()) {
            throw new IllegalArgumentException("feedback kind must be click, helpful or unhelpful, got " + kind);
        }
        return new AnalyticsEvent(at, kind, null, query, null, null, Objects.requireNonNull(chunk, "chunk"), position);
    }

    /** Whether this search found nothing. */
    public boolean zeroResults() {
        return kind == Kind.search && hits != null && hits == 0;
    }
}
