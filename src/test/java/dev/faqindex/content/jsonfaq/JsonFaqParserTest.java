package dev.faqindex.content.jsonfaq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.faqindex.content.Article;
import dev.faqindex.content.Chunk;
import dev.faqindex.content.ChunkType;
import dev.faqindex.content.ContentLoader;
import dev.faqindex.content.ContentProblem;
import dev.faqindex.content.Fixtures;
import dev.faqindex.content.LoadedContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFaqParserTest {

    @TempDir
    Path dir;

    @Test
    void readsAJsonArrayWithStringAndNumberIdsGivenUrlsAndTags() throws IOException {
        LoadedContent content = new ContentLoader(1000).load(Fixtures.copy(dir, "articles", "kettle-faq.json"));
        assertEquals(List.of(), content.problems());
        Article article = content.articles().getFirst();
        assertEquals("kettle-faq", article.slug());
        assertEquals("Kettle Faq", article.title());
        Chunk descale = article.chunks().get(0);
        assertEquals("descale", descale.id());
        assertEquals(ChunkType.FAQ, descale.type());
        assertEquals("How often should I descale my kettle?", descale.title());
        assertEquals(List.of("Kettle Faq", "How often should I descale my kettle?"), descale.breadcrumb());
        assertEquals("/articles/kettle-faq#descale", descale.url());
        assertEquals(List.of("cleaning"), descale.tags());
        Chunk numbered = article.chunks().get(1);
        assertEquals("42", numbered.id());
        assertEquals("https://example.org/kettles#early", numbered.url());
        assertEquals(1, numbered.position());
    }

    @Test
    void readsJsonLinesSkippingBlankLinesAndSplittingCommaTags() throws IOException {
        LoadedContent content = new ContentLoader(1000).load(Fixtures.copy(dir, "articles", "garden-faq.jsonl"));
        assertEquals(List.of(), content.problems());
        List<Chunk> chunks = content.chunks();
        assertEquals(List.of("water-when", "mulch"), chunks.stream().map(Chunk::id).toList());
        assertEquals(List.of("soil", "summer"), chunks.get(1).tags());
        assertEquals("Yes: it keeps the soil cool and holds moisture.", chunks.get(1).body());
    }

    @Test
    void reportsBadLinesWithTheirNumbersAndKeepsTheRest() throws IOException {
        LoadedContent content = new ContentLoader(1000).load(Fixtures.copy(dir, "broken", "bad-line.jsonl"));
        assertEquals(List.of("ok-1", "ok-2"), content.chunks().stream().map(Chunk::id).toList());
        assertEquals(List.of(2, 3), content.problems().stream().map(ContentProblem::line).toList());
        assertEquals(true, content.problems().get(0).message().startsWith("malformed JSON"));
    }

    @Test
    void reportsASyntaxErrorInAnArrayWithTheParserLineAndKeepsEarlierEntries() throws IOException {
        LoadedContent content = new ContentLoader(1000).load(Fixtures.copy(dir, "broken", "truncated.json"));
        assertEquals(List.of("first"), content.chunks().stream().map(Chunk::id).toList());
        assertEquals(1, content.problems().size());
        assertEquals(3, content.problems().getFirst().line());
    }

    @Test
    void reportsARepeatedIdWithinOneFile() throws IOException {
        Files.writeString(dir.resolve("faq.jsonl"), """
                {"id": 1, "question": "First?", "answer": "One."}
                {"id": "1", "question": "Again?", "answer": "Two."}
                """);
        LoadedContent content = new ContentLoader(1000).load(dir);
        assertEquals(List.of("First?"), content.chunks().stream().map(Chunk::title).toList());
        assertEquals(2, content.problems().getFirst().line());
    }

    @Test
    void loadsTheStackFaqCollectionQuickly() throws IOException {
        Path faq = Path.of(System.getProperty("user.dir"), "..", "shared", "eval", "stackfaq", "faq.jsonl");
        assumeTrue(Files.isRegularFile(faq), "../shared/eval/stackfaq is not beside the checkout");
        Files.copy(faq, dir.resolve("faq.jsonl"));
        LoadedContent content = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> new ContentLoader(2000).load(dir));
        assertEquals(List.of(), content.problems());
        List<Chunk> chunks = content.chunks();
        assertEquals(719, chunks.size());
        assertEquals(719, new HashSet<>(chunks.stream().map(Chunk::id).toList()).size());
        assertTrue(chunks.stream().anyMatch(c -> c.body().length() > 2000), "long answers stay whole");
        assertEquals("t0-a0", chunks.getFirst().id());
        assertEquals("Faq", chunks.getFirst().articleTitle());
    }
}
