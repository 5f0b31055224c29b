package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.index.IndexRefresh;
import dev.faqindex.index.LiveIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synonym file applies at query time: edits take effect without a reindex, broken edits are refused. */
class SynonymFileTest {

    @TempDir
    Path temp;

    private static void write(Path file, String text, long epochSecond) throws Exception {
        Files.writeString(file, text);
        // Set the time explicitly: two writes within one clock tick must still count as a change.
        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(epochSecond)));
    }

    @Test
    void editsApplyToTheNextSearchWithoutReindexing() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        Files.writeString(content.resolve("faq.jsonl"),
                "{\"id\":\"k1\",\"question\":\"How do I descale the kettle?\",\"answer\":\"Boil a vinegar solution.\"}\n");
        FaqIndexConfig config = FaqIndexConfig.builder().set(Setting.CONTENT_DIR, content)
                .set(Setting.INDEX_DIR, temp.resolve("index")).build();
        SearchRequest teapot = SearchRequest.of("teapot").withMode(SearchMode.LEXICAL);
        try (LiveIndex index = LiveIndex.open(config); SearchService search = new SearchService(index)) {
            assertEquals(0, search.search(teapot).total());

            Path synonyms = content.resolve(SynonymFile.FILE_NAME);
            write(synonyms, "# kitchen words\nteapot, kettle\n", 1_000);
            assertEquals(1, search.search(teapot).total());
            IndexRefresh refresh = index.refresh(false);
            assertEquals(false, refresh.rebuilt(), "a synonym edit must not need a reindex");

            write(synonyms, "# nothing now\n", 2_000);
            assertEquals(0, search.search(teapot).total());

            write(synonyms, "teapot, kettle\n", 3_000);
            assertEquals(1, search.search(teapot).total());
            write(synonyms, "teapot => \n", 4_000);
            assertEquals(1, search.search(teapot).total(), "a broken file keeps the last good one");
            assertTrue(search.synonyms().problem().orElseThrow().contains(SynonymFile.FILE_NAME));
        }
    }
}
