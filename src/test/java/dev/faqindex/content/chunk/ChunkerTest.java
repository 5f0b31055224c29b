package dev.faqindex.content.chunk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.content.Article;
import dev.faqindex.content.Chunk;
import dev.faqindex.content.block.Block;
import dev.faqindex.content.parse.ArticleOutline;
import dev.faqindex.content.parse.OutlineSection;
import dev.faqindex.content.parse.Slugs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    private static ArticleOutline outline(OutlineSection... sections) {
        return new ArticleOutline("guide", "Guide", List.of("t"), Path.of("guide.md"), List.of(sections));
    }

    @Test
    void splitsALongSectionAtBlockBoundariesIntoPartsThatShareAnchorAndUrl() {
        List<Block> blocks = List.of(
                Block.paragraph("a".repeat(50)),
                Block.listItem("b".repeat(40), 0),
                Block.listItem("c".repeat(40), 0),
                Block.paragraph("d".repeat(50)),
                Block.paragraph("e".repeat(50)));
        Article article = new Chunker(100).chunk(outline(OutlineSection.section(List.of("Long Part"), blocks)));
        List<Chunk> chunks = article.chunks();
        assertEquals(List.of("guide:long-part", "guide:long-part-2", "guide:long-part-3"),
                chunks.stream().map(Chunk::id).toList());
        assertEquals("a".repeat(50) + "\n\n- " + "b".repeat(40), chunks.get(0).body());
        assertEquals("- " + "c".repeat(40) + "\n\n" + "d".repeat(50), chunks.get(1).body());
        assertEquals("e".repeat(50), chunks.get(2).body());
        for (Chunk chunk : chunks) {
            assertTrue(chunk.body().length() <= 100, chunk.body());
            assertEquals("long-part", chunk.anchor());
            assertEquals("/articles/guide#long-part", chunk.url());
            assertEquals(List.of("Guide", "Long Part"), chunk.breadcrumb());
        }
        assertEquals(List.of(0, 1, 2), chunks.stream().map(Chunk::position).toList());
    }

    @Test
    void keepsAnItemEndingWithAColonWithTheItemAfterIt() {
        List<Block> blocks = List.of(
                Block.paragraph("p".repeat(60)),
                Block.listItem("Squats:", 0),
                Block.listItem("k".repeat(30), 0));
        List<String> parts = new Chunker(80).splitBody(blocks);
        assertEquals(List.of("p".repeat(60), "- Squats:\n- " + "k".repeat(30)), parts);
    }

    @Test
    void cutsAnOverLongParagraphAtSentenceEndsThenAtWhitespace() {
        String sentence = "This sentence has exactly forty chars. ";
        String paragraph = sentence.repeat(4).strip() + " " + "word ".repeat(30).strip();
        List<String> parts = new Chunker(90).splitBody(List.of(Block.paragraph(paragraph)));
        assertEquals(sentence.repeat(2).strip(), parts.get(0));
        assertEquals(sentence.repeat(2).strip(), parts.get(1));
        assertTrue(parts.size() > 3);
        for (String part : parts) {
            assertTrue(part.length() <= 90, part);
            assertTrue(!part.startsWith(" ") && !part.endsWith(" "), part);
        }
        assertEquals(paragraph, String.join(" ", parts));
    }

    @Test
    void makesAnchorsUniqueWithoutCollidingWithPartIdsAndDropsEmptySectionsButNotEmptyAnswers() {
        Article article = new Chunker(60).chunk(outline(
                OutlineSection.namedSection("Guide", List.of(), List.of(Block.paragraph("Hello.")), "introduction"),
                OutlineSection.section(List.of("Über Café!"), List.of(Block.paragraph("x".repeat(50)),
                        Block.paragraph("y".repeat(50)))),
                OutlineSection.section(List.of("Uber Cafe 2"), List.of(Block.paragraph("z"))),
                OutlineSection.section(List.of("Uber cafe"), List.of(Block.paragraph("w"))),
                OutlineSection.section(List.of("Empty"), List.of()),
                OutlineSection.faq(List.of("FAQ", "Is it open?"), List.of())));
        assertEquals(List.of("guide:introduction", "guide:uber-cafe", "guide:uber-cafe-2", "guide:uber-cafe-2-2",
                        "guide:uber-cafe-3", "guide:is-it-open"),
                article.chunks().stream().map(Chunk::id).toList());
        assertEquals("", article.chunks().getLast().body());
        assertEquals(List.of("Guide", "FAQ", "Is it open?"), article.chunks().getLast().breadcrumb());
    }

    @Test
    void slugifiesAccentsApostrophesAndPunctuation() {
        assertEquals("dont-over-stretch-the-knee", Slugs.slugify("  Don’t over-stretch: the knee!  "));
        assertEquals("creme-brulee-101", Slugs.slugify("Crème brûlée (101)"));
        assertEquals("Lower Back Pain During Exercise", Slugs.titleFromFileName("lower-back-pain-during-exercise.txt"));
    }
}
