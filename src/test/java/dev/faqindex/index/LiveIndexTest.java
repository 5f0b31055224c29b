package dev.faqindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.search.SearchMode;
import dev.faqindex.search.SearchRequest;
import dev.faqindex.search.SearchService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building, reusing and rebuilding the on-disk index as the content folder changes. */
class LiveIndexTest {

    @TempDir
    Path temp;

    private FaqIndexConfig config(Path content) {
        return FaqIndexConfig.builder().set(Setting.CONTENT_DIR, content)
                .set(Setting.INDEX_DIR, temp.resolve("index")).build();
    }

    private static void writeFaq(Path file, String id, String question, String answer) throws Exception {
        Files.writeString(file, "{\"id\":\"" + id + "\",\"question\":\"" + question + "\",\"answer\":\"" + answer + "\"}\n");
    }

    @Test
    void reusesACurrentIndexAndRebuildsWhenContentChanges() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        writeFaq(content.resolve("a.jsonl"), "a1", "How do I reset the thermostat?", "Hold the mode button.");
        try (LiveIndex index = LiveIndex.open(config(content))) {
            assertTrue(index.lastRefresh().orElseThrow().rebuilt());
            assertEquals(1, index.lastRefresh().orElseThrow().chunks());
        }
        try (LiveIndex index = LiveIndex.open(config(content))) {
            assertFalse(index.lastRefresh().orElseThrow().rebuilt(), "unchanged content must not be reindexed");
        }
        writeFaq(content.resolve("b.jsonl"), "b1", "Why is the boiler noisy?", "Air trapped in the radiators.");
        try (LiveIndex index = LiveIndex.open(config(content))) {
            assertTrue(index.lastRefresh().orElseThrow().rebuilt());
            assertEquals(2, index.lastRefresh().orElseThrow().chunks());
            SearchRequest boiler = SearchRequest.of("boiler").withMode(SearchMode.LEXICAL);
            assertEquals(1, new SearchService(index).search(boiler).total());
        }
    }

    @Test
    void warmersPrepareEachNewReaderBeforeSearchesSwitchToIt() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        writeFaq(content.resolve("a.jsonl"), "a1", "How do I reset the thermostat?", "Hold the mode button.");
        try (LiveIndex index = LiveIndex.open(config(content))) {
            List<Integer> warmedDocs = new ArrayList<>();
            List<Integer> servingWhileWarmed = new ArrayList<>();
            ReaderWarmer warmer = reader -> {
                warmedDocs.add(reader.numDocs());
                IndexSearcher serving = index.searchers().acquire();
                try {
                    servingWhileWarmed.add(serving.getIndexReader().numDocs());
                } finally {
                    index.searchers().release(serving);
                }
            };
            ReaderWarmer failing = reader -> {
                throw new IOException("disk hiccup while warming");
            };
            index.addWarmer(failing);
            index.addWarmer(warmer);

            writeFaq(content.resolve("b.jsonl"), "b1", "Why is the boiler noisy?", "Air trapped in the radiators.");
            assertTrue(index.refresh(false).rebuilt(), "a warmer that fails does not fail the refresh");

            assertEquals(List.of(2), warmedDocs, "the new reader was warmed");
            assertEquals(List.of(1), servingWhileWarmed, "while the old one still served");
            IndexSearcher after = index.searchers().acquire();
            try {
                assertEquals(2, after.getIndexReader().numDocs());
            } finally {
                index.searchers().release(after);
            }

            index.removeWarmer(warmer);
            writeFaq(content.resolve("c.jsonl"), "c1", "Can I bleed a radiator?", "Use the radiator key.");
            assertTrue(index.refresh(false).rebuilt());
            assertEquals(List.of(2), warmedDocs, "a removed warmer is not called again");
        }
    }

    @Test
    void refreshSwapsSearchersToTheNewContent() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        writeFaq(content.resolve("a.jsonl"), "a1", "How do I reset the thermostat?", "Hold the mode button.");
        try (LiveIndex index = LiveIndex.open(config(content))) {
            SearchService search = new SearchService(index);
            SearchRequest radiators = SearchRequest.of("radiators").withMode(SearchMode.LEXICAL);
            assertEquals(0, search.search(radiators).total());
            writeFaq(content.resolve("b.jsonl"), "b1", "Why is the boiler noisy?", "Air trapped in the radiators.");
            IndexRefresh refresh = index.refresh(false);
            assertTrue(refresh.rebuilt());
            assertEquals(1, search.search(radiators).total());
            assertFalse(index.refresh(false).rebuilt());
        }
    }

    @Test
    void brokenFileIsReportedWithLineAndOthersAreIndexed() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        writeFaq(content.resolve("good.jsonl"), "g1", "How do I bleed a radiator?", "Open the valve slowly.");
        Files.writeString(content.resolve("bad.json"), "[{\"id\": \"x\", \"question\": \"Q?\",\n  \"answer\": ]");
        try (LiveIndex index = LiveIndex.open(config(content))) {
            assertEquals(1, index.lastRefresh().orElseThrow().chunks());
            assertEquals(1, index.problems().size());
            String problem = index.problems().get(0).toString();
            assertTrue(problem.contains("bad.json:2"), problem);
        }
    }

    @Test
    void missingContentFolderIsRefused() {
        assertThrows(NoSuchFileException.class, () -> LiveIndex.open(config(temp.resolve("missing"))));
    }
}
