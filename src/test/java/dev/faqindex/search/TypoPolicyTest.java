package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.faqindex.index.ChunkFields;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which unknown words are forgiven, and how much a forgiven word counts. */
class TypoPolicyTest {

    private final TypoPolicy typos = new TypoPolicy(new SpellingCorrector());

    @ParameterizedTest(name = "{0} after {1} forgiven: {2}")
    @CsvSource({
            "hamstrng, 0, true",
            "strech,   2, true",
            "strech,   3, false",
            "abc,      0, false",
            "abcd,     0, true",
            "pl4nk,    0, false",
            "sit-ups,  0, false",
            "étirement, 0, true",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, 0, true",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, 0, false"})
    void forgivesAFewWordsOfLettersOfASensibleLength(String word, int forgivenSoFar, boolean forgiven) {
        assertEquals(forgiven, typos.mayForgive(word, forgivenSoFar));
    }

    @ParameterizedTest
    @CsvSource({"plank, 1", "hamstr, 2", "stretch, 2", "core, 1"})
    void allowsOneEditInAShortWordAndTwoInALongerOne(String term, int edits) {
        assertEquals(edits, typos.maxEdits(term));
    }

    @Test
    void aFuzzyWordMatchesAnyOfItsTermsWithTheFirstLetterAsTyped() {
        Query fuzzy = typos.fuzzyTerms(ChunkFields.BODY, List.of("plnk", "strech"));
        FuzzyExpansions expanded = new FuzzyExpansions(); // each word is expanded once per commit (equal by its word)
        assertEquals(new BooleanQuery.Builder()
                .add(expanded.of(new FuzzyQuery(new Term(ChunkFields.BODY, "plnk"), 1, 1,
                        TypoPolicy.FUZZY_MAX_EXPANSIONS, true)), BooleanClause.Occur.SHOULD)
                .add(expanded.of(new FuzzyQuery(new Term(ChunkFields.BODY, "strech"), 2, 1,
                        TypoPolicy.FUZZY_MAX_EXPANSIONS, true)),
                        BooleanClause.Occur.SHOULD)
                .build(), fuzzy);
        assertNull(typos.fuzzyTerms(ChunkFields.BODY, List.of()));
    }

    @Test
    void forgivenWordsCountLessThanWordsTypedCorrectly() {
        Query word = new TermQuery(new Term(ChunkFields.BODY, "plank"));
        assertEquals(new BoostQuery(word, 0.9f), typos.corrected(word));
        assertEquals(new BoostQuery(word, 0.6f), typos.fuzzy(word));
    }
}
