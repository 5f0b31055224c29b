package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Corrections come from the index's own words as written: the closest by edit distance, then the most frequent. */
class SpellingCorrectorTest {

    @AutoClose
    private static final InMemoryChunks CHUNKS = new InMemoryChunks()
            .faq("a", "gym", "Stretching the hamstrings", "A gentle hamstring stretch after running.")
            .faq("b", "gym", "Hamstrung", "Stretch each hamstring, then hold a plank with a straight back.");

    private final IndexReader reader = CHUNKS.searcher().getIndexReader();
    private final SpellingCorrector corrector = new SpellingCorrector();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", textBlock = """
            hamstrng,   hamstring
            HAMSTRNG,   hamstring
            strech,     stretch
            plnak,      plank
            hamstring,  none
            pln,        none
            xqzjwvkp,   none
            pl4nk,      none
            """)
    void correctsAnUnknownWordToTheClosestIndexedOne(String word, String expected) throws IOException {
        assertEquals(Optional.ofNullable(expected), corrector.correct(reader, word));
    }

    @Test
    void amongEquallyCloseWordsTheMoreFrequentWins() throws IOException {
        // "hamstrig" is one edit from "hamstring" (in both chunks) and two from "hamstrung" (in one)
        assertEquals(Optional.of("hamstring"), corrector.correct(reader, "hamstrig"));
    }

    @ParameterizedTest
    @CsvSource({"hamstring, true", "Hamstring, true", "PLANK, true", "the, true", "hamstrng, false", "tendons, false"})
    void knowsTheWordsOfTheIndexInAnyCase(String word, boolean known) throws IOException {
        assertEquals(known, SpellingCorrector.isKnown(reader, word));
    }
}
