package dev.faqindex.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * How a rule's query is matched against what a user typed, both read into terms by the search analysis (so that
 * plurals and other forms of a word match): the same terms, the rule's terms in a row somewhere in the query, or
 * all of the rule's terms anywhere in it.
 */
public enum MatchKind {
    /** The query's terms are the rule's, in order, nothing more. */
    EXACT("exact"),
    /** The rule's terms appear in the query one after the other (the default). */
    CONTAINS("contains"),
    /** Every term of the rule appears in the query, in any order. */
    ALL_WORDS("all-words");

    private final String label;

    MatchKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static MatchKind fromLabel(String label) {
        String wanted = label.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (MatchKind kind : values()) {
            if (kind.label.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("match must be exact, contains or all-words, got '" + label + "'");
    }

    /** Whether {@code query}'s terms match {@code rule}'s terms this way; an empty rule matches an empty query only. */
    boolean matches(List<String> rule, List<String> query) {
        if (rule.isEmpty()) {
            return query.isEmpty();
        }
        return switch (this) {
            case EXACT -> rule.equals(query);
            case CONTAINS -> java.util.Collections.indexOfSubList(query, rule) >= 0;
            case ALL_WORDS -> query.containsAll(rule);
        };
    }
}
