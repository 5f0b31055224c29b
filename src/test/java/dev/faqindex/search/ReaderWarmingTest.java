package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.testing.IndexConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suggestions and facets prepared ahead for each new commit answer from that commit once it serves. */
class ReaderWarmingTest {

    @TempDir
    Path temp;

    private static void writeFaq(Path file, String id, String question) throws Exception {
        Files.writeString(file, "{\"id\":\"" + id + "\",\"question\":\"" + question + "\",\"answer\":\"See the manual.\"}\n");
    }

    @Test
    void afterEachReindexSuggestionsAndFacetsComeFromTheNewCommit() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        writeFaq(content.resolve("thermostat.jsonl"), "t1", "How do I reset the thermostat?");
        FaqIndexConfig config = IndexConfigs.index(content, temp.resolve("index"), false)
                .with(Setting.SEARCH_CACHE_SIZE, 0);
        try (LiveIndex index = LiveIndex.open(config);
                SearchService search = new SearchService(index, config.search())) {
            search.warmUp();
            assertEquals(List.of("How do I reset the thermostat?"),
                    search.suggest("thermo", 5, Audience.PUBLIC).stream().map(Suggestion::text).toList());

            for (int round = 1; round <= 3; round++) {
                writeFaq(content.resolve("boiler-" + round + ".jsonl"), "b" + round,
                        "Why is boiler number " + round + " noisy?");
                assertTrue(index.refresh(false).rebuilt());

                assertEquals(round, search.suggest("boiler", 10, Audience.PUBLIC).size(), "suggestions of the new commit");
                SearchResult manual = search.search(SearchRequest.of("manual"));
                assertEquals(round + 1, manual.total());
                assertEquals(round + 1, manual.facets().get("article").size(), "facets of the new commit");
            }
        }
    }
}
