package dev.faqindex.search;

import java.util.List;
import java.util.Map;

/**
 * Why a hit matched, for support agents: the words found in each field, and Lucene's score explanation as a tree.
 *
 * @param matched per field, the words of the chunk that matched (as written in the text, for title and body; as
 *     indexed terms for the other fields)
 * @param score the score tree
 */
public record HitExplanation(Map<String, List<String>> matched, ScoreNode score) {

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
