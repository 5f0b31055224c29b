package dev.faqindex.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of the analytics log: a search and how many hits it had, or a reader's feedback on a hit (a click, or
 * whether the answer helped). Holds no client address, cookie or user agent: only the normalised query
 * ({@link QueryText}), for feedback the chunk id and its position in the results, and an anonymous daily mark of the
 * client ({@link ClientMarker}) that tells two clients apart on one day and nothing else.
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
 * @param answered whether the search was answered (a quick answer, or passages likely enough to answer); searches
 *     only, absent in logs written before it was recorded
 * @param rules the query rules that acted on the search; absent when none did
 * @param articles the articles of the hits shown, best first (searches only); absent when none
 * @param agent {@code true} when a support agent made it; absent for the public
 * @param client the anonymous mark of the client that day; absent when unknown
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AnalyticsEvent(Instant at, Kind kind, String source, String query, Long hits, String mode, String chunk,
        Integer position, Boolean answered, List<String> rules, List<String> articles, Boolean agent, String client) {

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
        rules = rules == null ? List.of() : List.copyOf(rules);
        articles = articles == null ? List.of() : List.copyOf(articles);
        agent = Boolean.TRUE.equals(agent) ? Boolean.TRUE : null;
    }

    /** A search with {@code hits} matches. */
    public static AnalyticsEvent search(Instant at, String source, String query, long hits, String mode) {
        return new AnalyticsEvent(at, Kind.search, source, query, hits, mode, null, null, null, null, null, null,
                null);
    }

    /** A search with all it is recorded with. */
    public static AnalyticsEvent search(Instant at, String source, String query, long hits, String mode,
            boolean answered, List<String> rules, List<String> articles, boolean agent, String client) {
        return new AnalyticsEvent(at, Kind.search, source, query, hits, mode, null, null, answered, rules, articles,
                agent, client);
    }

    /** Feedback of {@code kind} on {@code chunk}, shown at {@code position} (null when unknown) for {@code query}. */
    public static AnalyticsEvent feedback(Instant at, Kind kind, String query, String chunk, Integer position) {
        return feedback(at, kind, query, chunk, position, false, null);
    }

    /** Feedback, with who gave it: an agent or the public, and the client's anonymous mark (null when unknown). */
    public static AnalyticsEvent feedback(Instant at, Kind kind, String query, String chunk, Integer position,
            boolean agent, String client) {
        if (!kind.feedback()) {
            throw new IllegalArgumentException("feedback kind must be click, helpful or unhelpful, got " + kind);
        }
        return new AnalyticsEvent(at, kind, null, query, null, null, Objects.requireNonNull(chunk, "chunk"), position,
                null, null, null, agent, client);
    }

    /** Whether a support agent made it. */
    public boolean byAgent() {
        return Boolean.TRUE.equals(agent);
    }

    /** Whether this search was not answered: searches recorded with {@code answered: false}. */
    public boolean abstained() {
        return kind == Kind.search && Boolean.FALSE.equals(answered);
    }

    /** Whether this search found nothing. */
    public boolean zeroResults() {
        return kind == Kind.search && hits != null && hits == 0;
    }
}
