package dev.faqindex.analytics;

import java.util.List;
import java.util.Optional;

/**
 * A search as it is handed to the analytics, before it is normalised and kept.
 *
 * @param source {@code search}, {@code retrieve} or {@code mcp}
 * @param typed the query as typed (normalised before it is kept)
 * @param hits how many chunks matched (for passages, how many were returned)
 * @param mode the ranking mode
 * @param session the anonymous id of the page that searched as its reader typed, to collapse typing runs
 * @param answered whether an answer was given: a quick answer on a search page, {@code answered} for passages
 * @param rules the ids of the query rules that acted on it
 * @param articles the articles of the hits shown (slugs, best first), for the pages never shown in a result
 * @param agent whether a support agent searched (agents' searches never become public suggestions)
 * @param client the client's address, turned into an anonymous mark ({@link ClientMarker}) and never kept
 */
public record RecordedSearch(String source, String typed, long hits, String mode, Optional<String> session,
        boolean answered, List<String> rules, List<String> articles, boolean agent, String client) {

    public RecordedSearch {
        session = session == null ? Optional.empty() : session;
        rules = rules == null ? List.of() : List.copyOf(rules);
        articles = articles == null ? List.of() : articles.stream().distinct().toList();
    }
}
