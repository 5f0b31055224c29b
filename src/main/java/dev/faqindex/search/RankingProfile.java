package dev.faqindex.search;

import dev.faqindex.index.ChunkFields;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The weights of lexical ranking: how much a match in each field counts.
 *
 * @param titleBoost weight of the heading or FAQ question
 * @param breadcrumbBoost weight of the enclosing headings
 * @param bodyBoost weight of the section text or answer
 * @param fieldTieBreaker how much the fields other than the best-matching one add, for each query word (0 to 1)
 */
public record RankingProfile(
        float titleBoost,
        float breadcrumbBoost,
        float bodyBoost,
        float fieldTieBreaker) {

    /**
     * The weights measured best on StackFAQ and the seed's development queries (see docs/BENCHMARKS.md); a
     * proximity bonus for neighbouring query words and BM25F ({@code CombinedFieldQuery}) were measured too and
     * lowered StackFAQ nDCG@10, so neither is used.
     */
    public static RankingProfile standard() {
        return new RankingProfile(2.5f, 0.5f, 1f, 0.3f);
    }

    /** The searched fields with their weights, in a fixed order. */
    public Map<String, Float> fieldBoosts() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(ChunkFields.TITLE, titleBoost);
        boosts.put(ChunkFields.PARENTS, breadcrumbBoost);
        boosts.put(ChunkFields.BODY, bodyBoost);
        return boosts;
    }
}
