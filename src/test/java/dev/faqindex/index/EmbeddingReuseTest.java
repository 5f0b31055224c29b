package dev.faqindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.search.ModeUnavailableException;
import dev.faqindex.search.SearchMode;
import dev.faqindex.search.SearchRequest;
import dev.faqindex.search.SearchService;
import dev.faqindex.testing.IndexConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Embeddings are computed once per chunk text: a rebuild embeds only what changed. */
class EmbeddingReuseTest {

    @TempDir
    Path temp;

    private static void writeFaq(Path file, String id, String question, String answer) throws Exception {
        Files.writeString(file, "{\"id\":\"" + id + "\",\"question\":\"" + question + "\",\"answer\":\"" + answer + "\"}\n");
    }

    private Path content() throws Exception {
        Path content = IndexConfigs.contentIn(temp);
        writeFaq(content.resolve("a.jsonl"), "a1", "How do I reset the thermostat?", "Hold the mode button.");
        writeFaq(content.resolve("b.jsonl"), "b1", "Why is the boiler noisy?", "Air trapped in the radiators.");
        writeFaq(content.resolve("c.jsonl"), "c1", "How often should the boiler be serviced?", "Once a year.");
        return content;
    }

    @Test
    void rebuildAfterOneFileChangedEmbedsOnlyThatChunk() throws Exception {
        Path content = content();
        FaqIndexConfig config = IndexConfigs.index(content, temp.resolve("index"), true);
        try (LiveIndex index = LiveIndex.open(config)) {
            assertEquals(3, index.lastRefresh().orElseThrow().embedded());
            assertEquals(0, index.lastRefresh().orElseThrow().embeddingsReused());

            writeFaq(content.resolve("b.jsonl"), "b1", "Why is the boiler noisy?", "Limescale in the heat exchanger.");
            IndexRefresh refresh = index.refresh(false);
            assertTrue(refresh.rebuilt());
            assertEquals(1, refresh.embedded());
            assertEquals(2, refresh.embeddingsReused());

            SearchService search = new SearchService(index);
            var hits = search.search(SearchRequest.of("scale build-up in my heater").withMode(SearchMode.SEMANTIC))
                    .hits();
            assertEquals("b1", hits.get(0).id(), "the changed chunk must carry its new vector");
        }
        try (LiveIndex reopened = LiveIndex.open(config)) {
            assertFalse(reopened.lastRefresh().orElseThrow().rebuilt());
            assertEquals(0, reopened.lastRefresh().orElseThrow().embedded());
        }
    }

    @Test
    void lexicalOnlyIndexEmbedsNothingAndRefusesSemanticSearch() throws Exception {
        FaqIndexConfig config = IndexConfigs.index(content(), temp.resolve("index"), false);
        try (LiveIndex index = LiveIndex.open(config)) {
            assertEquals(0, index.lastRefresh().orElseThrow().embedded());
            SearchService search = new SearchService(index);
            assertEquals(SearchMode.LEXICAL, search.defaultMode());
            assertEquals(2, search.search(SearchRequest.of("boiler")).total());
            assertThrows(ModeUnavailableException.class,
                    () -> search.search(SearchRequest.of("boiler").withMode(SearchMode.HYBRID)));
        }
        try (LiveIndex semantic = LiveIndex.open(config.with(Setting.SEMANTIC, true))) {
            assertTrue(semantic.lastRefresh().orElseThrow().rebuilt(), "turning embeddings on must rebuild");
            assertEquals(3, semantic.lastRefresh().orElseThrow().embedded());
        }
    }
}
