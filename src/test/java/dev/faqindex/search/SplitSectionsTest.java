package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** The parts of a split section show once, in search, retrieval and related chunks. */
class SplitSectionsTest {

    private static InMemoryChunks pans() {
        return new InMemoryChunks()
                .part("pans:seasoning", "pans", "seasoning", "Seasoning", "seasoning oil oil oil oven")
                .part("pans:seasoning-2", "pans", "seasoning", "Seasoning", "seasoning oil oil rack")
                .part("pans:seasoning-3", "pans", "seasoning", "Seasoning", "seasoning oil cooling")
                .section("pans:storage", "pans", "Storage", "store dry, a thin film of oil")
                .part("woks:seasoning", "woks", "seasoning", "Seasoning", "seasoning a wok with oil");
    }

    private static HitRenderer renderer() {
        return new HitRenderer(Optional::empty, new SentenceVectors());
    }

    @Test
    void eachSectionKeepsItsBestPartWhereItStands() throws Exception {
        try (InMemoryChunks chunks = pans()) {
            IndexSearcher searcher = chunks.searcher();
            ScoreDoc[] top = searcher.search(new TermQuery(new Term("body", "oil")), 10).scoreDocs;
            assertEquals(5, top.length);
            List<String> order = chunks.ids(top);
            List<String> kept = chunks.ids(SplitSections.distinct(searcher, top));
            assertEquals(order.stream().filter(id -> !id.startsWith("pans:seasoning")
                    || id.equals(order.stream().filter(i -> i.startsWith("pans:seasoning")).findFirst().orElseThrow()))
                    .toList(), kept, "one part of pans#seasoning, first placed; woks#seasoning is another section");
            assertEquals(3, kept.size());

            Ranked ranked = new Ranked(searcher, null, null, top, 40, Map.of(), Map.of(), null, null);
            Ranked collapsed = SplitSections.collapse(ranked);
            assertEquals(kept, chunks.ids(collapsed.top()));
            assertEquals(40, collapsed.total(), "matches are still counted as chunks, as the facets count them");
        }
    }

    @Test
    void relatedChunksLeaveOutTheChunksOwnSectionAndShowOthersOnce() throws Exception {
        try (InMemoryChunks chunks = pans().section("pans:rust", "pans", "Rust", "rust spots need oil and seasoning")) {
            IndexSearcher searcher = chunks.searcher();
            List<SearchHit> related = new RelatedChunks(renderer()).find(searcher, "pans:seasoning-2", 10, Audience.PUBLIC)
                    .orElseThrow();
            List<String> ids = related.stream().map(SearchHit::id).toList();
            assertEquals(List.of(), ids.stream().filter(id -> id.startsWith("pans:seasoning")).toList(),
                    "no sibling part: " + ids);
            assertEquals(ids.size(), related.stream().map(SearchHit::url).distinct().count(), "each section once");
            assertEquals(Optional.empty(), new RelatedChunks(renderer()).find(searcher, "no:such", 3, Audience.PUBLIC));
        }
    }
}
