package dev.faqindex.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A boost or a bury: the chunks of a target ranked as if they stood {@code factor} times nearer the top (boost) or
 * further down (bury) than they do, in every ranking mode alike. Written {@code {tag: billing, factor: 3}}; the
 * factor is 2 unless given.
 *
 * @param target the chunks moved
 * @param factor how far, more than 1
 */
public record Reorder(RuleTarget target, double factor) {

    /** The factor when a rule gives none. */
    public static final double DEFAULT_FACTOR = 2;

    public Reorder {
        if (!(factor > 1 && factor <= 100)) {
            throw new IllegalArgumentException("factor must be more than 1 and at most 100, got " + factor);
        }
    }

    @JsonCreator
    static Reorder of(@JsonProperty("id") String id, @JsonProperty("article") String article,
            @JsonProperty("type") String type, @JsonProperty("tag") String tag,
            @JsonProperty("factor") Double factor) {
        return new Reorder(new RuleTarget(id, article, type, tag), factor == null ? DEFAULT_FACTOR : factor);
    }
}
