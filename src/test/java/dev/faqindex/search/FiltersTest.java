package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.content.ChunkType;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One filter value for search and retrieve: which chunks each combination of type, articles and tags lets through. */
class FiltersTest {

    @AutoClose
    private static final InMemoryChunks CHUNKS = new InMemoryChunks()
            .faq("k1", "kettles", "How do I descale a kettle?", "Boil vinegar.", "cleaning")
            .section("k2", "kettles", "Choosing a kettle", "Steel or glass.", "buying")
            .faq("p1", "pans", "Why does my pan stick?", "Heat it first.", "cleaning", "cooking")
            .section("p2", "pans", "Seasoning", "A thin film of oil.");

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of(filters(ChunkType.FAQ, List.of(), List.of()), Set.of("k1", "p1")),
                Arguments.of(filters(ChunkType.SECTION, List.of(), List.of()), Set.of("k2", "p2")),
                Arguments.of(filters(null, List.of("pans"), List.of()), Set.of("p1", "p2")),
                Arguments.of(filters(null, List.of("pans", "kettles"), List.of()), Set.of("k1", "k2", "p1", "p2")),
                Arguments.of(filters(null, List.of(), List.of("cleaning")), Set.of("k1", "p1")),
                Arguments.of(filters(null, List.of(), List.of("buying", "cooking")), Set.of("k2", "p1")),
                Arguments.of(filters(ChunkType.FAQ, List.of("kettles"), List.of("cleaning")), Set.of("k1")),
                Arguments.of(filters(ChunkType.SECTION, List.of("kettles"), List.of("cleaning")), Set.of()),
                Arguments.of(filters(null, List.of("no-such-article"), List.of()), Set.of()));
    }

    private static Filters filters(ChunkType type, List<String> articles, List<String> tags) {
        return new Filters(Optional.ofNullable(type), articles, tags);
    }

    @ParameterizedTest
    @MethodSource("filters")
    void letsThroughExactlyTheChunksThatPassEveryFilter(Filters filters, Set<String> expected) throws IOException {
        assertFalse(filters.isEmpty());
        assertEquals(expected, CHUNKS.matching(filters.asQuery().orElseThrow()));
    }

    @Test
    void noFiltersIsNoQueryButThePublicsRestriction() {
        assertTrue(Filters.NONE.isEmpty());
        assertEquals(Audience.PUBLIC.restriction(), Filters.NONE.asQuery(), "the public sees public chunks only");
        assertTrue(new Filters(Optional.empty(), List.of(), List.of(), Audience.AGENT).asQuery().isEmpty(),
                "an agent's search without filters is not restricted");
        assertEquals(Filters.NONE, new Filters(null, null, null));
    }

    @Test
    void searchAndRetrieveRequestsGiveTheSameValue() {
        SearchRequest search = new SearchRequest("kettle", 10, 0, Optional.of(ChunkType.FAQ), List.of("kettles"),
                List.of("cleaning"), false, false, Optional.empty());
        RetrieveRequest retrieve = new RetrieveRequest("kettle", 5, 1000, Optional.of(ChunkType.FAQ),
                Optional.of("kettles"), List.of("cleaning"), Optional.empty());
        assertEquals(search.filters(), retrieve.filters());
        assertEquals(Filters.NONE, SearchRequest.of("kettle").filters());
        assertEquals(Filters.NONE, RetrieveRequest.of("kettle", 5).filters());
    }
}
