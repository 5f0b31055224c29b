package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Lucene queries built from what users type, run over a tiny index: each row is the text typed, the chunks its
 * query matches ({@code -} for none) and the words it corrected; a fourth unknown word is not forgiven.
 */
class LexicalQueryBuilderTest {

    @AutoClose
    private static final InMemoryChunks CHUNKS = new InMemoryChunks()
            .faq("a", "gym", "Holding a plank", "Brace your core and hold the plank for thirty seconds.")
            .faq("b", "gym", "Glute bridges", "Lift the hips and squeeze the glutes at the top.")
            .faq("c", "gym", "Squats and the lower back", "Keep a neutral spine while you squat.")
            .faq("d", "gym", "Hamstring stretch", "Stretch the back of the thigh gently after running.")
            .faq("e", "gym", "Core strength", "A strong core protects the lower back during squats.")
            .faq("f", "gym", "Lumbar support", "A cushion for the lumbar curve when seated.");

    private final WeightedFields fields = new WeightedFields(RankingProfile.standard());
    private final LexicalQueryBuilder builder = new LexicalQueryBuilder(fields,
            new SynonymExpansion(InMemoryChunks.synonyms("lumbar, lower back"), fields),
            new TypoPolicy(new SpellingCorrector()));

    private LexicalQueryBuilder.Built build(String typed) throws IOException {
        return builder.build(UserQuery.parse(typed), CHUNKS.searcher().getIndexReader());
    }

    /** The ids in {@code ids}, separated by spaces; {@code -} for none. */
    private static Set<String> set(String ids) {
        return ids.equals("-") ? Set.of() : new TreeSet<>(Arrays.asList(ids.strip().split("\\s+")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", textBlock = """
            plank                    => a
            planks                   => a
            plank squat              => a c e
            +plank squat             => a
            squat -core              => c
            -squat                   => a b d f
            -squat -core             => b d f
            "lower back"             => c e
            "back lower"             => -
            glutes OR plank          => a b
            plank AND core           => a
            plank AND "lower back"   => -
            the of and               => -
            xqzjwvkp                 => -
            lumbar                   => c d e f
            """)
    void matchesTheChunksTheUserMeant(String typed, String expected) throws IOException {
        assertEquals(set(expected), CHUNKS.matching(build(typed).query()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", textBlock = """
            plank core               => a e
            lumbar                   => f
            lower back               => c e
            glute bridges            => b
            """)
    void ranksBestFirst(String typed, String expectedFirst) throws IOException {
        IndexSearcher searcher = CHUNKS.searcher();
        List<String> ranked = CHUNKS.ids(searcher.search(build(typed).query(), 10).scoreDocs);
        List<String> first = List.of(expectedFirst.split(" "));
        assertEquals(first, ranked.subList(0, first.size()), ranked.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", textBlock = """
            hamstrng                       => hamstrng:hamstring                       => d
            Hamstrng strech                => hamstrng:hamstring strech:stretch        => d
            plank                          => -                                        => a
            pl4nk                          => -                                        => -
            plnak glutse hamstrng strech   => plnak:plank glutse:glutes hamstrng:hamstring => a b d
            """)
    void correctsAFewUnknownWordsFromTheIndexVocabulary(String typed, String corrections, String expected)
            throws IOException {
        LexicalQueryBuilder.Built built = build(typed);
        Map<String, String> expectedCorrections = corrections.equals("-") ? Map.of()
                : Arrays.stream(corrections.split("\\s+")).map(pair -> pair.split(":"))
                        .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
        assertEquals(expectedCorrections, built.corrections());
        assertEquals(set(expected), CHUNKS.matching(built.query()));
    }

    @Test
    void textWithNoSearchableWordsMatchesNothing() throws IOException {
        assertInstanceOf(MatchNoDocsQuery.class, build("the of and").query());
        assertInstanceOf(MatchNoDocsQuery.class, build("-- ??").query());
    }

    @Test
    void onlyTheFirstClausesOfAVeryLongQueryTakePart() throws IOException {
        String filler = "zzzz ".repeat(LexicalQueryBuilder.MAX_CLAUSES - 1);
        assertEquals(Set.of("a"), CHUNKS.matching(build(filler + "plank").query()));
        assertEquals(Set.of(), CHUNKS.matching(build(filler + "zzzz plank").query()));
    }
}
