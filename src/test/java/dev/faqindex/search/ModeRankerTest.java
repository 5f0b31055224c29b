package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.content.ChunkType;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Ranking in each mode over a tiny index whose embeddings are set by hand (two dimensions: "about planks" and "about
 * stretching"), so that what the vectors find is known without a model.
 */
class ModeRankerTest {

    private static final float[] PLANKS = {1, 0};
    private static final float[] STRETCHING = {0, 1};

    @AutoClose
    private static final InMemoryChunks CHUNKS = new InMemoryChunks()
            .faq("plank", "How long to hold a plank?", "Thirty seconds, keeping the hips level.", new float[] {1, 0.1f})
            .faq("side", "Side planks", "Lie on one side and lift the hips.", new float[] {0.9f, 0.3f})
            .faq("hamstring", "Loosening tight hamstrings", "Reach for your toes after a run.", new float[] {0.1f, 1})
            .faq("calf", "Calf raises", "Rise onto the toes, then lower slowly.", new float[] {-1, -0.2f});

    private final ModeRanker ranker = new ModeRanker(HybridFusion.standard());
    private final LexicalQueryBuilder builder = new LexicalQueryBuilder(new WeightedFields(RankingProfile.standard()),
            new SynonymExpansion(InMemoryChunks.synonyms(""), new WeightedFields(RankingProfile.standard())),
            new TypoPolicy(new SpellingCorrector()));

    private ModeRanker.Ranking rank(String typed, float[] vector, SearchMode mode, Filters filters) throws IOException {
        IndexSearcher searcher = CHUNKS.searcher();
        LexicalQueryBuilder.Built built = builder.build(UserQuery.parse(typed), searcher.getIndexReader());
        QueryInterpreter.Interpreted query = new QueryInterpreter.Interpreted(built.query(), null,
                vector == null ? null : InMemoryChunks.unit(vector), QueryWords.of(typed), built.corrections());
        return ranker.rank(searcher, ModeRanker.Lexical.rewrite(searcher, built.query()), query, filters, mode, 10,
                true);
    }

    @Test
    void countingBesideTheRankingGivesTheSameRankingAndWhatACountingPassGives() throws IOException {
        IndexSearcher searcher = CHUNKS.searcher();
        FacetCounter facets = new FacetCounter();
        for (SearchMode mode : List.of(SearchMode.LEXICAL, SearchMode.HYBRID)) {
            for (String typed : List.of("hips", "toes hips", "plank side hold", "nothingmatches")) {
                LexicalQueryBuilder.Built built = builder.build(UserQuery.parse(typed), searcher.getIndexReader());
                QueryInterpreter.Interpreted query = new QueryInterpreter.Interpreted(built.query(), null,
                        mode == SearchMode.HYBRID ? InMemoryChunks.unit(PLANKS) : null, QueryWords.of(typed),
                        built.corrections());
                ModeRanker.Lexical lexical = ModeRanker.Lexical.rewrite(searcher, built.query());
                Optional<Query> audience = Audience.PUBLIC.restriction();
                ModeRanker.Ranking alone = ranker.rank(searcher, lexical, query, audience, mode, 3, false);
                ModeRanker.Ranking besides = ranker.rank(searcher, lexical, query, audience, mode, 3, false,
                        facets.tally(searcher.getIndexReader()));
                String what = mode + " " + typed;
                assertEquals(docsAndScores(alone.top()), docsAndScores(besides.top()), what);
                assertEquals(alone.vectorOnly(), besides.vectorOnly(), what);
                FacetCounter.Counted counted = facets.count(searcher, new BooleanQuery.Builder()
                        .add(lexical.rewritten(), BooleanClause.Occur.MUST)
                        .add(audience.get(), BooleanClause.Occur.FILTER).build());
                assertEquals(counted, besides.counted(), what);
                assertNull(alone.counted(), what);
            }
        }
    }

    private static List<String> docsAndScores(ScoreDoc[] top) {
        return Arrays.stream(top).map(hit -> hit.doc + ":" + hit.score).toList();
    }

    @Test
    void lexicalRanksByWordsAndCountsEveryMatch() throws IOException {
        ModeRanker.Ranking ranking = rank("hips", null, SearchMode.LEXICAL, Filters.NONE);
        assertEquals(Set.of("side", "plank"), Set.copyOf(CHUNKS.ids(ranking.top())));
        assertEquals(2, ranking.lexicalMatches());
        assertEquals(0, ranking.vectorOnly());
    }

    @Test
    void semanticFindsTheClosestInMeaningAndNothingUnrelated() throws IOException {
        ModeRanker.Ranking ranking = rank("core exercise", PLANKS, SearchMode.SEMANTIC, Filters.NONE);
        List<String> ids = CHUNKS.ids(ranking.top());
        assertEquals(List.of("plank", "side"), ids.subList(0, 2));
        assertFalse(ids.contains("calf"), "opposite in meaning, below the least vector score: " + ids);
        assertEquals(ids.size(), ranking.vectorOnly());
        assertTrue(ranking.top()[ranking.top().length - 1].score >= ModeRanker.MIN_VECTOR_SCORE);
    }

    @Test
    void theUsersExclusionsAndRequiredWordsRestrictTheVectorCandidates() throws IOException {
        assertEquals(List.of("plank"), CHUNKS.ids(rank("core -side", PLANKS, SearchMode.SEMANTIC, Filters.NONE).top()));
        assertEquals(List.of("hamstring"),
                CHUNKS.ids(rank("+toes run", STRETCHING, SearchMode.SEMANTIC, Filters.NONE).top()));
    }

    @Test
    void filtersRestrictBothRankings() throws IOException {
        Filters otherType = new Filters(Optional.of(ChunkType.SECTION), List.of(), List.of());
        for (SearchMode mode : SearchMode.values()) {
            assertEquals(0, rank("hips", PLANKS, mode, otherType).top().length, mode.label());
        }
    }

    @Test
    void hybridFusesBothAndCountsWhatOnlyMeaningFound() throws IOException {
        ModeRanker.Ranking ranking = rank("toes", STRETCHING, SearchMode.HYBRID, Filters.NONE);
        List<String> ids = CHUNKS.ids(ranking.top());
        assertEquals("hamstring", ids.getFirst(), "matches by word and by meaning: " + ids);
        assertEquals(2, ranking.lexicalMatches(), "hamstring and calf say toes");
        assertEquals(ids.size() - 2, ranking.vectorOnly());
        assertEquals(ranking.lexicalMatches() + ranking.vectorOnly(), ranking.total());
    }
}
