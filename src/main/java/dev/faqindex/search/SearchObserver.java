package dev.faqindex.search;

import java.util.Optional;

/**
 * Told of every search a client made, after it was answered: for analytics and metrics. Implementations must be
 * quick and must not throw; they run on the request's thread.
 */
@FunctionalInterface
public interface SearchObserver {

    /** Observes nothing. */
    SearchObserver NONE = (source, query, hits, mode, session) -> { };

    /**
     * @param source {@code search} (the search API and website), {@code retrieve} (the chatbot API) or {@code mcp}
     * @param query the query as the client sent it
     * @param hits how many chunks matched (for passages, how many were returned)
     * @param mode the ranking mode used
     * @param session the anonymous id of a search-as-you-type page session, when the client sent one
     */
    void searched(String source, String query, long hits, String mode, Optional<String> session);
}
