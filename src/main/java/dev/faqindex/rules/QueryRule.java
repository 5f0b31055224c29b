package dev.faqindex.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * One query rule of {@code rules.yaml}: the queries it is for, when it is in force, and what it does to their
 * results. At least one action is given.
 *
 * @param id the rule's name, shown by {@code explain=true} and in the dashboard; the query when not given
 * @param query the query it is for, as a user would type it; empty for the list shown before anything is typed
 * @param match how the query is matched (after analysis): exact, contains (the default) or all-words
 * @param from the first day it is in force (UTC), or {@code null} for always before
 * @param until the last day it is in force (UTC), or {@code null} for always after
 * @param pin chunks or articles put at positions, in the order written
 * @param hide chunks, articles, types or tags left out of the results
 * @param boost chunks moved up
 * @param bury chunks moved down
 * @param filter restrictions the results must meet too, all of them
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record QueryRule(String id, String query, MatchKind match, LocalDate from, LocalDate until, List<Pin> pin,
        List<RuleTarget> hide, List<Reorder> boost, List<Reorder> bury, List<RuleTarget> filter) {

    /** Longest query a rule may have. */
    public static final int MAX_QUERY_LENGTH = 500;

    public QueryRule {
        query = query == null ? null : query.strip();
        if (query == null) {
            throw new IllegalArgumentException("a rule needs a query (\"\" for the list shown before typing)");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("query must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        id = id == null || id.isBlank() ? (query.isEmpty() ? "(empty query)" : query) : id.strip();
        match = match == null ? MatchKind.CONTAINS : match;
        pin = pin == null ? List.of() : List.copyOf(pin);
        hide = hide == null ? List.of() : List.copyOf(hide);
        boost = boost == null ? List.of() : List.copyOf(boost);
        bury = bury == null ? List.of() : List.copyOf(bury);
        filter = filter == null ? List.of() : List.copyOf(filter);
        if (from != null && until != null && from.isAfter(until)) {
            throw new IllegalArgumentException("from (" + from + ") is after until (" + until + ")");
        }
        if (pin.isEmpty() && hide.isEmpty() && boost.isEmpty() && bury.isEmpty() && filter.isEmpty()) {
            throw new IllegalArgumentException("rule '" + id + "' does nothing: give pin, hide, boost, bury or filter");
        }
    }

    @JsonCreator
    static QueryRule read(@JsonProperty("id") String id, @JsonProperty("query") String query,
            @JsonProperty("match") MatchKind match,
            @JsonProperty("from") @JsonFormat(pattern = "yyyy-MM-dd") LocalDate from,
            @JsonProperty("until") @JsonFormat(pattern = "yyyy-MM-dd") LocalDate until,
            @JsonProperty("pin") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Pin> pin,
            @JsonProperty("hide") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                    List<RuleTarget> hide,
            @JsonProperty("boost") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                    List<Reorder> boost,
            @JsonProperty("bury") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                    List<Reorder> bury,
            @JsonProperty("filter") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                    List<RuleTarget> filter) {
        return new QueryRule(id, query, match, from, until, pin, hide, boost, bury, filter);
    }

    /** Whether the rule is in force on {@code day}. */
    public boolean inForce(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }
}
