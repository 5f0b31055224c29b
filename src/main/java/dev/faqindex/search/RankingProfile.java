package dev.faqindex.search;

import dev.faqindex.index.ChunkFields;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The weights of lexical ranking: how much a match in each field counts, and the bonus for query words found
 * close together.
 *
 * @param titleBoost weight of the heading or FAQ question
 * @param breadcrumbBoost weight of the enclosing headings
 * @param bodyBoost weight of the section text or answer
 * @param proximityBoost weight of the query words appearing near one another (sloppy phrase)
 * @param proximitySlop how many positions apart the words may be for the proximity bonus
 */
public record RankingProfile(
        float titleBoost, float breadcrumbBoost, float bodyBoost, float proximityBoost, int proximitySlop) {

    /** The weights measured best on the development queries (see docs/BENCHMARKS.md). */
    public static RankingProfile standard() {
        return new RankingProfile(3f, 1.5f, 1f, 1f, 3);
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
