package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faqindex.rules.RuleFile;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The query rules applied to a ranking, on a tiny index. */
class CurationTest {

    @AutoClose
    private static final InMemoryChunks CHUNKS = new InMemoryChunks()
            .section("k1", "kettles", "Descaling", "Boil a vinegar solution in the kettle.")
            .faq("k2", "kettles", "Why does my kettle whistle?", "Steam escapes through the spout.")
            .section("p1", "pans", "Seasoning", "A thin film of oil protects the pan.");

    @Test
    void aPinHoldsWhenRankingUsedUpTheSearchTimeLimit() throws Exception {
        // A loaded machine can spend a search's whole time limit on matching; the rules' own lookups come after.
        IndexSearcher timedOut = new IndexSearcher(CHUNKS.searcher().getIndexReader());
        timedOut.setTimeout(() -> true);
        Ranked ranked = new Ranked(timedOut, ModeRanker.Lexical.rewrite(CHUNKS.searcher(), new MatchNoDocsQuery()),
                null, new ScoreDoc[0], 0, Map.of(), Map.of(), QueryWords.of(""), null);
        Curation curation = new Curation(RuleFile.parse("""
                rules:
                  - query: oil
                    pin: [{id: p1, position: 1}, {article: kettles, position: 2}]
                """).matching("oil", LocalDate.now()));

        Curation.Applied applied = curation.apply(ranked, Optional.empty(), 10);

        assertEquals(List.of("p1", "k1"), ids(applied.ranked()));
        assertEquals(2, applied.ranked().total(), "each pinned chunk counts as a result");
    }

    private static List<String> ids(Ranked ranked) throws IOException {
        List<String> ids = new ArrayList<>();
        for (ScoreDoc doc : ranked.top()) {
            ids.add(ChunkStore.read(CHUNKS.searcher(), doc.doc).id());
        }
        return ids;
    }
}
