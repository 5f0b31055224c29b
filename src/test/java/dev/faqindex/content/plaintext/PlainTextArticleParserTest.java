package dev.faqindex.content.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.content.Article;
import dev.faqindex.content.Chunk;
import dev.faqindex.content.ChunkType;
import dev.faqindex.content.ContentLoader;
import dev.faqindex.content.Fixtures;
import dev.faqindex.content.LoadedContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextArticleParserTest {

    private static final String TITLE = "Knee Pain When Cycling";

    @TempDir
    Path dir;

    private Article loadKneeArticle() throws IOException {
        LoadedContent content = new ContentLoader(1000)
                .load(Fixtures.copy(dir, "articles", "knee-pain-when-cycling.txt"));
        assertEquals(List.of(), content.problems());
        return content.articles().getFirst();
    }

    @Test
    void derivesTitleAndSlugFromTheFileNameWhenTheFirstLineIsProse() throws IOException {
        Article article = loadKneeArticle();
        assertEquals(TITLE, article.title());
        assertEquals("knee-pain-when-cycling", article.slug());
    }

    @Test
    void nestsHeadingsUnderProseOnlyParentsAndLiftsClosingSections() throws IOException {
        List<List<String>> breadcrumbs = loadKneeArticle().chunks().stream()
                .filter(c -> c.type() == ChunkType.SECTION).map(Chunk::breadcrumb).toList();
        assertEquals(List.of(
                List.of(TITLE),
                List.of(TITLE, "Reading the Signals From Your Knees"),
                List.of(TITLE, "Reading the Signals From Your Knees", "Front, Inside and Outside Pain"),
                List.of(TITLE, "Adjusting the Bike"),
                List.of(TITLE, "Adjusting the Bike", "Saddle Height and Position"),
                List.of(TITLE, "Adjusting the Bike", "Cleats and Pedals"),
                List.of(TITLE, "When to See a Physiotherapist"),
                List.of(TITLE, "Conclusion")), breadcrumbs);
    }

    @Test
    void dropsImageCreditsAndKeepsListItems() throws IOException {
        Article article = loadKneeArticle();
        for (Chunk chunk : article.chunks()) {
            assertFalse(chunk.body().contains("Image Source"), chunk.id());
            assertFalse(chunk.body().contains("Photo credit"), chunk.id());
            assertFalse(chunk.body().contains("example"), chunk.id());
        }
        Chunk saddle = chunkTitled(article, "Saddle Height and Position");
        assertEquals("""
                A saddle at the wrong height is the classic cause of knee strain.

                - Too low: the knee bends sharply at the top of the stroke and the front of the joint takes the load.
                - Too high: the hips rock and the back of the knee over-stretches.
                - Quick check: with your heel on the pedal at the bottom, the leg should be almost straight.""",
                saddle.body());
        assertEquals("introduction", article.chunks().getFirst().anchor());
        assertTrue(article.chunks().getFirst().body().startsWith("Do your knees complain"));
    }

    @Test
    void readsNumberedQuestionsAndSplitsTheClosingParagraphOffTheLastAnswer() throws IOException {
        Article article = loadKneeArticle();
        List<Chunk> faqs = article.chunks().stream().filter(c -> c.type() == ChunkType.FAQ).toList();
        assertEquals(List.of("Should I keep riding with sore knees?", "Can a wider saddle help my knees?",
                "How long does knee pain from cycling take to settle?"), faqs.stream().map(Chunk::title).toList());
        assertEquals(List.of(TITLE, "Frequently Asked Questions (FAQ)", "Can a wider saddle help my knees?"),
                faqs.get(1).breadcrumb());
        assertEquals("Minor strain tends to settle within one or two weeks once the bike fits you.",
                faqs.getLast().body());
        Chunk conclusion = article.chunks().getLast();
        assertEquals("Conclusion", conclusion.title());
        assertEquals("conclusion", conclusion.anchor());
        assertTrue(conclusion.body().startsWith("Small changes to your position"));
    }

    @Test
    void usesAHeadingShapedFirstLineAsTitleAndReadsUnprefixedQuestions() throws IOException {
        Files.writeString(dir.resolve("sourdough.txt"), """
                Keeping a Sourdough Starter Alive
                A starter is flour, water and patience.
                Feeding Schedule
                * Feed it once a day at room temperature.
                * Feed it weekly when it lives in the fridge.
                FAQ
                Why does my starter smell of nail polish?
                A: It is hungry; feed it more often.
                Can I freeze it?
                Yes, for a few months.
                """);
        Article article = new ContentLoader(500).load(dir).articles().getFirst();
        assertEquals("Keeping a Sourdough Starter Alive", article.title());
        assertEquals(List.of("Keeping a Sourdough Starter Alive", "Feeding Schedule",
                        "Why does my starter smell of nail polish?", "Can I freeze it?"),
                article.chunks().stream().map(Chunk::title).toList());
        assertEquals("- Feed it once a day at room temperature.\n- Feed it weekly when it lives in the fridge.",
                article.chunks().get(1).body());
        assertEquals("It is hungry; feed it more often.", article.chunks().get(2).body());
    }

    private static Chunk chunkTitled(Article article, String title) {
        return article.chunks().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
    }
}
