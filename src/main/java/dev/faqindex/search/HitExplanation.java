package dev.faqindex.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Why a hit matched, for support agents: the words found in each field, Lucene's score explanation of the words as
 * a tree, and, where the learned ranking placed the hit, each feature it weighed with what it added.
 *
 * @param matched per field, the words of the chunk that matched (as written in the text, for title and body; as
 *     indexed terms for the other fields)
 * @param score the score tree of the lexical query
 * @param ranking the learned ranking's reasons; absent when the hit was not assessed
 * @param rules what query rules did to the hit ({@code pinned at 1 by rule 'cancel'}); absent when none did
 */
public record HitExplanation(Map<String, List<String>> matched, ScoreNode score,
        @JsonInclude(JsonInclude.Include.NON_NULL) Ranking ranking,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> rules) {

    public HitExplanation {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** An explanation of a hit no rule acted on. */
    public HitExplanation(Map<String, List<String>> matched, ScoreNode score, Ranking ranking) {
        this(matched, score, ranking, List.of());
    }

    /** The same explanation, saying what query rules did to the hit. */
    public HitExplanation withRules(List<String> what) {
        return new HitExplanation(matched, score, ranking, what);
    }

    /**
     * How the learned ranking scored a hit.
     *
     * @param score the learned score (the hit's {@code score}): {@code bias} plus every feature's contribution
     * @param confidence the calibrated probability that the hit answers the query
     * @param features per feature, in the model's order: its value and what it added to the score
     */
    public record Ranking(double score, double confidence, Map<String, Feature> features) {
    }

    /**
     * One feature of a hit.
     *
     * @param value the measured value (see {@code CandidateFeatures} for what each one measures)
     * @param contribution the value times its learned weight
     */
    public record Feature(double value, double contribution) {
    }

    /**
     * One node of the score computation.
     *
     * @param value this node's contribution
     * @param description what it is, in Lucene's words (e.g. {@code weight(title:stretch in 4)})
     * @param details the nodes it is made of
     */
    public record ScoreNode(float value, String description, List<ScoreNode> details) {
    }
}
