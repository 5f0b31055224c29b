package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The two fusions of a lexical and a vector ranking, on rankings small enough to work out by hand. */
class HybridFusionTest {

    private static final float EPSILON = 1e-6f;

    /** A ranking of {@code doc, score} pairs. */
    private static ScoreDoc[] ranking(float... docAndScore) {
        ScoreDoc[] ranking = new ScoreDoc[docAndScore.length / 2];
        for (int i = 0; i < ranking.length; i++) {
            ranking[i] = new ScoreDoc((int) docAndScore[2 * i], docAndScore[2 * i + 1]);
        }
        return ranking;
    }

    private static int[] docs(ScoreDoc[] ranking) {
        return Arrays.stream(ranking).mapToInt(hit -> hit.doc).toArray();
    }

    @Test
    void reciprocalRankFusionSumsOneOverKPlusRank() {
        ScoreDoc[] fused = new ReciprocalRankFusion(60, 50).fuse(
                ranking(1, 9f, 2, 5f, 3, 1f),
                ranking(3, 0.9f, 4, 0.8f));
        // doc 3: 1/63 + 1/61; doc 1: 1/61; doc 2 and doc 4: 1/62 each (tie: lower doc first)
        assertArrayEquals(new int[] {3, 1, 2, 4}, docs(fused));
        assertEquals(1f / 63 + 1f / 61, fused[0].score, EPSILON);
        assertEquals(1f / 61, fused[1].score, EPSILON);
        assertEquals(fused[2].score, fused[3].score);
    }

    @Test
    void reciprocalRankFusionIgnoresTheScales() {
        ScoreDoc[] small = new ReciprocalRankFusion(10, 50).fuse(ranking(1, 0.2f, 2, 0.1f), ranking(2, 0.7f));
        ScoreDoc[] large = new ReciprocalRankFusion(10, 50).fuse(ranking(1, 200f, 2, 100f), ranking(2, 0.99f));
        assertArrayEquals(docs(small), docs(large));
        assertEquals(small[0].score, large[0].score);
    }

    @Test
    void weightedFusionNormalisesBm25ByItsBestAndVectorScoresMinMax() {
        ScoreDoc[] fused = new WeightedFusion(0.7f, 50).fuse(
                ranking(1, 10f, 2, 5f),
                ranking(2, 0.9f, 3, 0.8f, 4, 0.7f));
        // doc 1: 0.7 * 1; doc 2: 0.7 * 0.5 + 0.3 * 1; doc 3: 0.3 * 0.5; doc 4: 0.3 * 0
        assertArrayEquals(new int[] {1, 2, 3, 4}, docs(fused));
        assertEquals(0.7f, fused[0].score, EPSILON);
        assertEquals(0.65f, fused[1].score, EPSILON);
        assertEquals(0.15f, fused[2].score, EPSILON);
        assertEquals(0f, fused[3].score, EPSILON);
    }

    @Test
    void weightedFusionCountsARankingOfEqualScoresFully() {
        ScoreDoc[] fused = new WeightedFusion(0.25f, 50).fuse(ranking(5, 3f, 4, 3f), ranking(6, 0.8f));
        assertArrayEquals(new int[] {6, 4, 5}, docs(fused), "0.75 for the lone vector hit, 0.25 each, ties by doc");
        assertEquals(0.75f, fused[0].score, EPSILON);
        assertEquals(0.25f, fused[1].score, EPSILON);
    }

    @Test
    void anEmptyRankingLeavesTheOtherInItsOrder() {
        for (HybridFusion fusion : List.of(new WeightedFusion(0.7f, 50), new ReciprocalRankFusion(60, 50))) {
            assertArrayEquals(new int[] {7, 3}, docs(fusion.fuse(ranking(), ranking(7, 0.9f, 3, 0.6f))));
            assertArrayEquals(new int[] {3, 7}, docs(fusion.fuse(ranking(3, 2f, 7, 1f), ranking())));
            assertEquals(0, fusion.fuse(ranking(), ranking()).length);
        }
    }

    @Test
    void theStandardIsWeightedSevenTenthsLexicalOverFiftyCandidates() {
        assertEquals(new WeightedFusion(0.7f, 50), HybridFusion.standard());
        assertEquals(HybridFusion.standard(), HybridFusion.parse("weighted"));
    }

    static Stream<Arguments> specs() {
        return Stream.of(
                Arguments.of("rrf", new ReciprocalRankFusion(60, 50)),
                Arguments.of("RRF:10", new ReciprocalRankFusion(10, 50)),
                Arguments.of(" rrf:1 ", new ReciprocalRankFusion(1, 50)),
                Arguments.of("weighted:0.5", new WeightedFusion(0.5f, 50)),
                Arguments.of("weighted:1", new WeightedFusion(1f, 50)),
                Arguments.of("WEIGHTED:0", new WeightedFusion(0f, 50)));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void readsTheFusionOfTheEvalCommand(String spec, HybridFusion expected) {
        assertEquals(expected, HybridFusion.parse(spec));
    }

    @ParameterizedTest
    @ValueSource(strings = {"linear", "", "weighted:1.5", "weighted:-0.1", "rrf:0", "rrf:x"})
    void rejectsWhatItCannotRead(String spec) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HybridFusion.parse(spec));
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a message the user can act on");
    }
}
