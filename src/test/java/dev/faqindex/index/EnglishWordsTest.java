package dev.faqindex.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped English dictionary knows real words, in any case and inflection, and rejects typos. */
class EnglishWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"reset", "cake", "password", "stretching", "hamstring", "sciatica", "resetting",
            "canada", "Christmas", "won't", "billing", "Reset", "RESET"})
    void acceptsCorrectlySpelledWords(String word) {
        assertTrue(EnglishWords.shared().isWord(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"streching", "deadlfit", "postgress", "hamstrng", "sciatia", "xqzvbnm", ""})
    void rejectsTyposAndGibberish(String word) {
        assertFalse(EnglishWords.shared().isWord(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void rejectsOverlongStringsWithoutChecking(String word) {
        assertFalse(EnglishWords.shared().isWord(word));
    }
}
