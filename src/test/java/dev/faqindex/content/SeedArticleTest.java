package dev.faqindex.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.faqindex.testing.SeedFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads the real seed article from {@code ../shared/seed} as it is published and checks its structure. */
class SeedArticleTest {

    private static final int MAX_CHUNK_CHARS = 1200;
    private static final String TITLE = "Lower Back Pain During Exercise";
    private static final String DECIPHERING = "Deciphering Exercise-Induced Back Strain";
    private static final String COMMON = "Common Exercises That May Cause Lower Back Pain";
    private static final String PREVENT = "How to Prevent and Manage Lower Back Pain During Exercise";
    private static final String FAQ = "Frequently Asked Questions (FAQ)";

    private static List<Chunk> chunks;

    @BeforeAll
    static void loadSeed() throws IOException {
        Path seed = Path.of(System.getProperty("user.dir")).resolve(Path.of("..", "shared", "seed")).normalize();
        assumeTrue(Files.isDirectory(seed), "../shared/seed is not beside the checkout");
        LoadedContent content = new ContentLoader(MAX_CHUNK_CHARS).load(seed);
        assertEquals(List.of(), content.problems());
        assertEquals(1, content.articles().size());
        chunks = content.chunks();
    }

    @Test
    void hasTheArticleOutline() {
        Set<List<String>> sections = new LinkedHashSet<>();
        chunks.stream().filter(c -> c.type() == ChunkType.SECTION).forEach(c -> sections.add(c.breadcrumb()));
        assertEquals(List.of(
                List.of(TITLE),
                List.of(TITLE, DECIPHERING),
                List.of(TITLE, DECIPHERING, "Factors Contributing to Workout Lower Back Discomfort"),
                List.of(TITLE, COMMON),
                List.of(TITLE, COMMON, "Weightlifting and Back Pain"),
                List.of(TITLE, COMMON, "Cardiovascular Exercises and Back Pain"),
                List.of(TITLE, COMMON, "Core Exercises and Back Pain"),
                List.of(TITLE, PREVENT),
                List.of(TITLE, PREVENT, "The Importance of Proper Exercise Form"),
                List.of(TITLE, PREVENT, "Building Core Strength and Back Pain Relief"),
                List.of(TITLE, PREVENT, "Stretching for Lower Back Pain and Flexibility"),
                List.of(TITLE, PREVENT, "Exercise Modifications for Back Pain"),
                List.of(TITLE, PREVENT, "Building a Balanced Workout Routine"),
                List.of(TITLE, PREVENT, "The Role of a Warm-up and Cool-down"),
                List.of(TITLE, "When to Seek Professional Help"),
                List.of(TITLE, "Conclusion")), List.copyOf(sections));
        assertEquals("introduction", chunks.getFirst().anchor());
        assertEquals(TITLE, chunks.getFirst().title());
        assertEquals("conclusion", chunks.getLast().anchor());
        assertTrue(chunks.getLast().body().startsWith("By understanding the common causes"));
    }

    @Test
    void hasSevenFaqEntriesWithIntactAnswers() {
        List<Chunk> faqs = chunks.stream().filter(c -> c.type() == ChunkType.FAQ).toList();
        assertEquals(SeedFacts.FAQ_QUESTIONS, faqs.stream().map(Chunk::title).toList());
        for (Chunk faq : faqs) {
            assertEquals(List.of(TITLE, FAQ, faq.title()), faq.breadcrumb());
            assertFalse(faq.body().isBlank(), faq.id());
            assertFalse(faq.body().contains("\n"), "each seed answer is one paragraph: " + faq.id());
            assertTrue(faq.body().endsWith("."), faq.id());
        }
        assertTrue(faqs.get(2).body().startsWith("If you experience mild pain"));
        assertTrue(faqs.get(2).body().contains("it\u2019s best to consult"), "curly apostrophes stay as they are");
        assertTrue(faqs.getLast().body().endsWith("is highly recommended."));
    }

    @Test
    void dropsImageSourcesAndKeepsListItems() {
        for (Chunk chunk : chunks) {
            assertFalse(chunk.body().contains("Image Source"), chunk.id());
            assertFalse(chunk.body().contains("hssh.health"), chunk.id());
        }
        Chunk weightlifting = chunks.stream()
                .filter(c -> c.title().equals("Weightlifting and Back Pain")).findFirst().orElseThrow();
        assertTrue(weightlifting.body().contains("\n\n- Squats:\n- Cause: "), weightlifting.body());
        assertTrue(weightlifting.body().contains("\n- Bent-Over Rows:\n"), weightlifting.body());
        Chunk help = chunks.stream()
                .filter(c -> c.title().equals("When to Seek Professional Help")).findFirst().orElseThrow();
        assertTrue(help.body().contains("\n\nA qualified professional, such as a:\n\n- Physical Therapist:"));
    }

    @Test
    void everyChunkIsAddressableAndWithinTheBound() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            assertTrue(ids.add(chunk.id()), "duplicate id " + chunk.id());
            assertTrue(chunk.id().startsWith("lower-back-pain-during-exercise:"), chunk.id());
            assertFalse(chunk.anchor().isBlank(), chunk.id());
            assertEquals("/articles/lower-back-pain-during-exercise#" + chunk.anchor(), chunk.url());
            assertTrue(chunk.anchor().matches("[a-z0-9]+(-[a-z0-9]+)*"), chunk.anchor());
            assertTrue(chunk.body().length() <= MAX_CHUNK_CHARS, chunk.id() + " is " + chunk.body().length());
            assertEquals(i, chunk.position());
        }
    }

    @Test
    void splitsTheLongFactorsSectionIntoPartsWithSuffixedIds() {
        List<Chunk> factors = chunks.stream()
                .filter(c -> c.title().equals("Factors Contributing to Workout Lower Back Discomfort")).toList();
        assertTrue(factors.size() >= 2, "the section is longer than " + MAX_CHUNK_CHARS + " characters");
        String id = "lower-back-pain-during-exercise:factors-contributing-to-workout-lower-back-discomfort";
        assertEquals(id, factors.get(0).id());
        assertEquals(id + "-2", factors.get(1).id());
        assertEquals(1, factors.stream().map(Chunk::anchor).distinct().count());
        String rejoined = String.join("\n", factors.stream().map(Chunk::body).toList());
        assertTrue(rejoined.contains("- Lack of Warm-up and Cool-down:\n- Inadequate Warm-up:"));
        assertTrue(rejoined.endsWith("- Lack of Mobility: Stiff hips or ankles can force your lower back to move "
                + "more than it should to compensate."));
    }
}
