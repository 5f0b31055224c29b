package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.testing.GeneratedContent;
import dev.faqindex.testing.IndexConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facets counted on another core beside the ranking (a pass of their own) give the same page, counts and total as
 * counted in the ranking's own pass, as an index below {@link SearchPipeline#PARALLEL_COUNT_DOCS} chunks counts them.
 */
class ParallelFacetCountTest {

    @TempDir
    Path temp;

    @Test
    void countingBesideTheRankingChangesNoAnswer() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        GeneratedContent.fromOwnContent().write(content, "generated", 40, 6, 7);
        FaqIndexConfig config = IndexConfigs.index(content, temp.resolve("index"), false)
                .with(Setting.SEARCH_CACHE_SIZE, 0);
        List<SearchRequest> requests = List.of(SearchRequest.of("back pain exercise"),
                SearchRequest.of("stretch"), SearchRequest.of("\"lower back\""), SearchRequest.of("nothingmatchesthis"),
                new SearchRequest("pain", 5, 3, Optional.of(dev.faqindex.content.ChunkType.SECTION)),
                new SearchRequest("exercise", 10, 0, Optional.empty(), List.of(), List.of(), true, false,
                        Optional.empty()));
        try (LiveIndex index = LiveIndex.open(config);
                SearchService inTurn = new SearchService(index, config.search(), RankingProfile.standard(),
                        HybridFusion.standard(), Integer.MAX_VALUE);
                SearchService beside = new SearchService(index, config.search(), RankingProfile.standard(),
                        HybridFusion.standard(), 0)) {
            long matched = 0;
            for (int round = 0; round < 20; round++) {
                for (SearchRequest request : requests) {
                    SearchResult expected = inTurn.search(request);
                    SearchResult actual = beside.search(request);
                    assertEquals(expected.total(), actual.total(), request.query());
                    assertEquals(expected.facets(), actual.facets(), request.query());
                    assertEquals(expected.hits(), actual.hits(), request.query());
                    assertEquals(expected.groups(), actual.groups(), request.query());
                    matched += actual.total();
                }
            }
            assertFalse(matched == 0, "the queries match the generated articles");
        }
    }
}
