package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.testing.IndexConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repeated searches come from the result cache, and never outlive the commit they were computed on. */
class ResultCacheTest {

    @TempDir
    Path temp;

    private Path content() throws Exception {
        Path content = IndexConfigs.contentIn(temp);
        Files.writeString(content.resolve("faq.jsonl"),
                "{\"id\":\"k1\",\"question\":\"How do I descale the kettle?\",\"answer\":\"Boil a vinegar solution.\"}\n");
        return content;
    }

    @Test
    void aRepeatedSearchIsAnsweredFromTheCacheUntilTheIndexChanges() throws Exception {
        Path content = content();
        FaqIndexConfig config = IndexConfigs.index(content, temp.resolve("index"), false);
        try (LiveIndex index = LiveIndex.open(config); SearchService search = new SearchService(index)) {
            SearchResult first = search.search(SearchRequest.of("descale kettle"));
            SearchResult again = search.search(SearchRequest.of("descale kettle"));
            assertEquals(1, search.cacheHits());
            assertEquals(first.hits(), again.hits());
            assertEquals(first.facets(), again.facets());
            search.search(new SearchRequest("descale kettle", 5, 0, java.util.Optional.empty(), java.util.List.of(),
                    java.util.List.of(), false, false, java.util.Optional.empty()));
            assertEquals(1, search.cacheHits(), "another page size is another search");

            Files.writeString(content.resolve("more.jsonl"), "{\"id\":\"k2\",\"question\":\"Why descale a kettle?\","
                    + "\"answer\":\"Scale slows boiling.\"}\n");
            assertTrue(index.refresh(false).rebuilt());
            SearchResult afterReindex = search.search(SearchRequest.of("descale kettle"));
            assertEquals(2, afterReindex.total(), "the new commit is searched, not the cached page of the old one");
            assertEquals(1, search.cacheHits());
        }
    }

    @Test
    void sizeZeroTurnsTheCacheOff() throws Exception {
        FaqIndexConfig config = IndexConfigs.index(content(), temp.resolve("index"), false)
                .with(Setting.SEARCH_CACHE_SIZE, 0);
        try (LiveIndex index = LiveIndex.open(config);
                SearchService search = new SearchService(index, config.search())) {
            for (int i = 0; i < 3; i++) {
                assertFalse(search.search(SearchRequest.of("kettle")).hits().isEmpty());
            }
            assertEquals(0, search.cacheHits());
            assertEquals(3, search.cacheMisses());
        }
    }

    @Test
    void aSearchInTheDefaultModeIsOneEntryWhetherTheModeIsNamedOrNot() throws Exception {
        FaqIndexConfig config = IndexConfigs.index(content(), temp.resolve("index"), false);
        try (LiveIndex index = LiveIndex.open(config); SearchService search = new SearchService(index)) {
            SearchResult implied = search.search(SearchRequest.of("descale kettle"));
            SearchResult named = search.search(SearchRequest.of("descale kettle").withMode(SearchMode.LEXICAL));
            assertEquals(1, search.cacheHits());
            assertEquals("lexical", implied.mode());
            assertEquals(implied.hits(), named.hits());
        }
    }
}
