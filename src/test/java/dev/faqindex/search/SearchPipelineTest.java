package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.content.ChunkType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The steps of a search over a tiny index: ranking with counts and facets, then the page a request asks for. */
class SearchPipelineTest {

    @AutoClose
    private static final InMemoryChunks CHUNKS = new InMemoryChunks()
            .faq("k1", "kettles", "How do I descale a kettle?", "Boil a vinegar solution in the kettle.", "cleaning")
            .section("k2", "kettles", "Choosing a kettle", "A steel kettle lasts longer than a plastic one.")
            .faq("k3", "kettles", "Why does my kettle whistle?", "Steam escapes through the spout.")
            .faq("k4", "kettles", "Is kettle scale harmful?", "No, but it slows boiling.", "cleaning")
            .faq("p1", "pans", "Can a pan go in the dishwasher?", "Not a cast iron pan or a kettle.", "cleaning")
            .section("p2", "pans", "Seasoning", "A thin film of oil protects the pan.");

    @AutoClose
    private final SearchPipeline pipeline = new SearchPipeline(
            new QueryInterpreter(RankingProfile.standard(), Optional::empty), new ModeRanker(HybridFusion.standard()),
            new FacetCounter(), 60_000, SearchPipeline.PARALLEL_COUNT_DOCS);
    private final HitPager pager = new HitPager(new HitRenderer(Optional::empty, new SentenceVectors()));

    private Ranked rank(String text, Filters filters, int depth, boolean counted) throws IOException {
        return pipeline.rank(CHUNKS.searcher(), InMemoryChunks.synonyms(""),
                new SearchPipeline.Request(text, SearchMode.LEXICAL, filters, depth, counted));
    }

    private static SearchRequest request(String text, int limit, int offset, boolean group, boolean explain) {
        return new SearchRequest(text, limit, offset, Optional.empty(), List.of(), List.of(), group, explain,
                Optional.empty());
    }

    @Test
    void countsEveryMatchAndItsFacetsWhileRankingOnlyTheTop() throws IOException {
        Ranked ranked = rank("kettle", Filters.NONE, 2, true);
        assertEquals(2, ranked.top().length);
        assertEquals(5, ranked.total());
        assertEquals(Map.of("faq", 4, "section", 1), ranked.facets().get("type"));
        assertEquals(Map.of("kettles", 4, "pans", 1), ranked.facets().get("article"));
        assertEquals(Map.of("cleaning", 3), ranked.facets().get("tags"));
        assertFalse(ranked.timedOut());
    }

    @Test
    void filtersNarrowTheTotalButNotTheFacets() throws IOException {
        Filters sections = new Filters(Optional.of(ChunkType.SECTION), List.of(), List.of());
        Ranked ranked = rank("kettle", sections, 10, true);
        assertEquals(1, ranked.total());
        assertEquals(List.of("k2"), CHUNKS.ids(ranked.top()));
        assertEquals(Map.of("faq", 4, "section", 1), ranked.facets().get("type"), "facets show what else there is");
    }

    @Test
    void retrievalRanksWithoutCountingFacets() throws IOException {
        Ranked ranked = rank("kettle", Filters.NONE, 3, false);
        assertEquals(3, ranked.chunks().size());
        assertEquals(ranked.top()[0].score, ranked.chunks().getFirst().score());
        assertTrue(ranked.facets().isEmpty());
    }

    @Test
    void offersTheCorrectedText() throws IOException {
        assertEquals("descale kettle", rank("descale kettel", Filters.NONE, 10, true).suggestion());
    }

    @Test
    void pagesThroughTheRanking() throws IOException {
        SearchRequest second = request("kettle", 2, 2, false, false);
        Ranked ranked = rank("kettle", Filters.NONE, HitPager.depth(second), true);
        HitPager.Page page = pager.page(ranked, second);
        assertNull(page.groups());
        assertEquals(CHUNKS.ids(ranked.top()).subList(2, 4), page.hits().stream().map(SearchHit::id).toList());
        assertTrue(page.hits().getFirst().snippet().contains("<mark>"), page.hits().getFirst().snippet());
        assertNull(page.hits().getFirst().explanation());
        assertTrue(page.hasMore(), "a fifth kettle hit follows the second page");
        HitPager.Page last = pager.page(ranked, request("kettle", 2, 4, false, false));
        assertEquals(1, last.hits().size());
        assertFalse(last.hasMore(), "nothing after the last hit");
        assertFalse(pager.page(ranked, request("kettle", 2, 10, false, false)).hasMore());
        assertEquals(List.of(), pager.page(ranked, request("kettle", 2, 10, false, false)).hits());
    }

    @Test
    void groupsByArticleWithTheBestHitsOfEach() throws IOException {
        SearchRequest grouped = request("kettle", 10, 0, true, false);
        HitPager.Page page = pager.page(rank("kettle", Filters.NONE, HitPager.depth(grouped), true), grouped);
        assertEquals(List.of(), page.hits());
        assertEquals(List.of("kettles", "pans"), page.groups().stream().map(group -> group.article().id()).toList());
        assertEquals(4, page.groups().getFirst().total());
        assertEquals(HitPager.HITS_PER_GROUP, page.groups().getFirst().hits().size());
        assertFalse(page.hasMore(), "two articles, both on the page");
        SearchRequest secondGroup = request("kettle", 1, 1, true, false);
        assertEquals("pans", pager.page(rank("kettle", Filters.NONE, HitPager.depth(secondGroup), true), secondGroup)
                .groups().getFirst().article().id());
    }

    @Test
    void explainsWhenAsked() throws IOException {
        SearchRequest explained = request("kettle", 1, 0, false, true);
        SearchHit hit = pager.page(rank("kettle", Filters.NONE, 1, true), explained).hits().getFirst();
        assertNotNull(hit.explanation());
        assertTrue(hit.explanation().matched().containsKey("title"), hit.explanation().matched().toString());
    }
}
