package dev.faqindex.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.content.Chunk;
import dev.faqindex.content.ChunkType;
import dev.faqindex.eval.JudgedQuery;
import dev.faqindex.eval.RankedItem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The benchmark's baseline code: FTS5 ranking, query quoting, and the typo generator. */
class Fts5BaselineTest {

    private static final List<Chunk> GARDEN = List.of(
            chunk("watering", "Watering tomatoes", "Give tomato plants a deep soak twice a week in dry weather."),
            chunk("pruning", "Pruning roses", "Cut rose stems just above an outward-facing bud in late winter."),
            chunk("compost", "Making compost", "Mix green kitchen scraps with brown leaves and turn the heap monthly."));

    private static Chunk chunk(String anchor, String title, String body) {
        return new Chunk("garden:" + anchor, ChunkType.SECTION, "garden", "Garden Notes", title,
                List.of("Garden Notes", "Care", title), anchor, "/articles/garden#" + anchor, body, List.of(), 0);
    }

    @Test
    void ranksTheObviousMatchFirstWithStemming() throws Exception {
        try (Fts5Baseline baseline = Fts5Baseline.build(GARDEN, FieldWeights.ARTICLES)) {
            List<RankedItem> ranked = baseline.rank("how often should I water my tomato", 10);
            assertEquals("garden:watering", ranked.getFirst().id());
            assertEquals(List.of("Garden Notes", "Care", "Watering tomatoes"), ranked.getFirst().breadcrumb());
        }
    }

    @Test
    void titleOutweighsBody() throws Exception {
        List<Chunk> chunks = List.of(
                chunk("mentions", "Spring jobs", "Roses, roses, roses: check them all in spring."),
                chunk("about", "Roses", "Feed them in spring."));
        try (Fts5Baseline baseline = Fts5Baseline.build(chunks, FieldWeights.ARTICLES)) {
            assertEquals("garden:about", baseline.rank("roses", 10).getFirst().id());
        }
    }

    @Test
    void userTextNeverBreaksTheMatchSyntax() throws Exception {
        try (Fts5Baseline baseline = Fts5Baseline.build(GARDEN, FieldWeights.ARTICLES)) {
            assertEquals("garden:pruning",
                    baseline.rank("\"pruning\" AND (roses* NEAR/2 -bud: OR", 10).getFirst().id());
            assertTrue(baseline.rank("?! -- \"", 10).isEmpty());
        }
    }

    @Test
    void enclosingHeadingsLeaveOutTheChunksOwnTitle() {
        assertEquals(List.of("Garden Notes", "Care"), Fts5Baseline.enclosingHeadings(GARDEN.getFirst()));
    }

    @Test
    void queryWordsAreQuotedAndOred() {
        assertEquals("\"child\" OR \"s\" OR \"pose\"", Fts5Query.orOfWords("child's pose"));
        assertEquals("", Fts5Query.orOfWords("  -- "));
    }

    @Test
    void typoSwapsTwoInteriorLettersOfTheLongestWord() {
        assertEquals("glute brdiges", TypoQueries.misspell("glute bridges"));
        assertEquals("xaaay", TypoQueries.swapInterior("xaaay"));
        assertEquals("pain in the leg", TypoQueries.misspell("pain in the leg"));
        JudgedQuery query = new JudgedQuery("7", "kettlebell swings", Set.of(), List.of("Exercise Modifications"));
        JudgedQuery typo = TypoQueries.of(List.of(query)).getFirst();
        assertEquals("kettelbell swings", typo.text());
        assertEquals(query.titleAlternatives(), typo.titleAlternatives());
    }
}
