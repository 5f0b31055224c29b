package dev.faqindex.content.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class MarkdownArticleParserTest {

    private static final String TITLE = "Caring for a Cast-Iron Pan";

    @TempDir
    Path dir;

    private Article loadCastIron() throws IOException {
        LoadedContent content = new ContentLoader(1000).load(Fixtures.copy(dir, "articles", "cast-iron-care.md"));
        assertEquals(List.of(), content.problems());
        return content.articles().getFirst();
    }

    @Test
    void readsTitleSlugAndTagsFromFrontMatter() throws IOException {
        Article article = loadCastIron();
        assertEquals(TITLE, article.title());
        assertEquals("cast-iron-care", article.slug());
        assertEquals(List.of("kitchen", "cookware"), article.tags());
        assertTrue(article.chunks().stream().allMatch(c -> c.tags().equals(List.of("kitchen", "cookware"))));
    }

    @Test
    void makesSectionsSubsectionsAndFaqEntriesAndSkipsEmptySections() throws IOException {
        List<String> summary = loadCastIron().chunks().stream()
                .map(c -> c.type().label() + " " + String.join(" > ", c.breadcrumb())).toList();
        assertEquals(List.of(
                "section " + TITLE,
                "section " + TITLE + " > Cleaning After Cooking",
                "section " + TITLE + " > Cleaning After Cooking > Stubborn Residue",
                "section " + TITLE + " > Seasoning > Oven Method",
                "faq " + TITLE + " > FAQ > Can I use soap on cast iron?",
                "faq " + TITLE + " > FAQ > Why is my pan sticky?",
                "section " + TITLE + " > Storage"), summary);
    }

    @Test
    void rendersPlainTextWithNestedListItems() throws IOException {
        Article article = loadCastIron();
        assertEquals("A well kept cast-iron pan lasts for generations. This guide covers cleaning, seasoning and "
                + "storage.", article.chunks().getFirst().body());
        assertEquals("""
                Wipe the pan while it is still warm. See the seasoning section if food sticks.

                - Scrape off food with a wooden spatula.
                - Rinse with hot water:
                  - a drop of dish soap is fine
                  - avoid soaking the pan
                - Dry it on the stove.""", article.chunks().get(1).body());
    }

    @Test
    void keepsDeeperHeadingsInsideAnAnswer() throws IOException {
        Chunk sticky = loadCastIron().chunks().get(5);
        assertEquals("Why is my pan sticky?", sticky.title());
        assertEquals("Too much oil was left on during seasoning.\n\nA note on oils\n\n"
                + "Flaxseed oil flakes more than vegetable shortening.", sticky.body());
    }

    @Test
    void fallsBackToTheFirstHeadingForTitleAndTheFileNameForSlugAndReadsCommaTags() throws IOException {
        Files.writeString(dir.resolve("Crème Brûlée.md"), """
                ---
                tags: dessert, custard
                ---
                # Making Crème Brûlée

                Custard first, sugar crust last.

                ## Frequently asked questions

                ### Can I use a grill instead of a torch?
                Yes, close to the element.
                """);
        Article article = new ContentLoader(1000).load(dir).articles().getFirst();
        assertEquals("Making Crème Brûlée", article.title());
        assertEquals("creme-brulee", article.slug());
        assertEquals(List.of("dessert", "custard"), article.tags());
        assertEquals(List.of("introduction", "can-i-use-a-grill-instead-of-a-torch"),
                article.chunks().stream().map(Chunk::anchor).toList());
        assertEquals(ChunkType.FAQ, article.chunks().get(1).type());
    }
}
