package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Synonyms from a synonym file join a query at half the weight of the words typed. */
class SynonymExpansionTest {

    @AutoClose
    private static final InMemoryChunks CHUNKS = new InMemoryChunks()
            .faq("k", "kitchen", "Descaling the kettle", "Boil water with citric acid.")
            .faq("s", "kitchen", "Seasoning a skillet", "Rub in oil and heat it.")
            .faq("t", "kitchen", "Brewing tea", "Warm the pot first.");

    private final WeightedFields fields = new WeightedFields(RankingProfile.standard());
    private final SynonymExpansion synonyms = new SynonymExpansion(
            InMemoryChunks.synonyms("teapot, kettle\ncast iron, skillet\nlimescale => scale\n"), fields);

    @Test
    void tellsTheSynonymsAddedFromTheWordsTyped() {
        assertEquals(List.of("kettl"), synonyms.synonymsOf("teapot"));
        assertEquals(List.of("teapot"), synonyms.typedTerms("teapot"));
        assertEquals(List.of(), synonyms.typedTerms("limescale"), "a one-way rule replaces the word");
        assertEquals(List.of("scale"), synonyms.synonymsOf("limescale"));
        assertTrue(synonyms.explains("teapot"));
        assertFalse(synonyms.explains("saucepan"));
    }

    @Test
    void aWordWithSynonymsMatchesByEitherAtHalfWeightForTheSynonym() throws IOException {
        Query teapot = fields.word("teapot").orElseThrow();
        Query expanded = synonyms.withSynonyms(teapot, "teapot");
        Query synonym = new BoostQuery(fields.terms(List.of("kettl")).orElseThrow(), SynonymExpansion.SYNONYM_WEIGHT);
        assertEquals(new DisjunctionMaxQuery(List.of(teapot, synonym), 0f), expanded);
        assertEquals(Set.of("k"), CHUNKS.matching(expanded));
    }

    @Test
    void aWordWithoutSynonymsIsLeftAsItIs() {
        Query tea = fields.word("tea").orElseThrow();
        assertSame(tea, synonyms.withSynonyms(tea, "tea"));
    }

    @Test
    void aSynonymOfSeveralWordsIsAddedForTheQueryAsAWhole() throws IOException {
        Optional<Query> added = synonyms.ofSeveralWords("cast iron care");
        assertEquals(Optional.of(new BoostQuery(fields.terms(List.of("skillet")).orElseThrow(),
                SynonymExpansion.SYNONYM_WEIGHT)), added);
        assertEquals(Set.of("s"), CHUNKS.matching(added.orElseThrow()));
    }

    @Test
    void singleWordSynonymsAreNotAddedTwice() {
        assertEquals(Optional.empty(), synonyms.ofSeveralWords("teapot brewing"), "kettle is in teapot's own clause");
        assertEquals(Optional.empty(), synonyms.ofSeveralWords("cast"), "one word");
        assertEquals(Optional.empty(), synonyms.ofSeveralWords("warm pot"), "no synonyms");
    }
}
