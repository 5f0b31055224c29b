package dev.faqindex.search;

import java.util.List;
import java.util.Optional;

/**
 * Told of every search a client made, after it was answered: for analytics and metrics. Implementations must be
 * quick and must not throw; they run on the request's thread.
 */
@FunctionalInterface
public interface SearchObserver {

    /** Observes nothing. */
    SearchObserver NONE = searched -> { };

    /**
     * One answered search.
     *
     * @param source {@code search} (the search API and website), {@code retrieve} (the chatbot API) or {@code mcp}
     * @param query the query as the client sent it
     * @param hits how many chunks matched (for passages, how many were returned)
     * @param mode the ranking mode used
     * @param session the anonymous id of a search-as-you-type page session, when the client sent one
     * @param answered whether an answer was given (a quick answer; for passages, {@code answered})
     * @param rules the ids of the query rules that acted on it
     * @param articles the articles of the hits shown, best first
     * @param audience who asked
     * @param client the client's address as the server sees it (analytics keep only an anonymous mark of it); null
     *     when unknown
     */
    record Searched(String source, String query, long hits, String mode, Optional<String> session, boolean answered,
            List<String> rules, List<String> articles, Audience audience, String client) {

        public Searched {
            session = session == null ? Optional.empty() : session;
            rules = rules == null ? List.of() : List.copyOf(rules);
            articles = articles == null ? List.of() : List.copyOf(articles);
            audience = audience == null ? Audience.PUBLIC : audience;
        }
    }

    void searched(Searched searched);
}
