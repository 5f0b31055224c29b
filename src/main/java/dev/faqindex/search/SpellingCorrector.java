package dev.faqindex.search;

import dev.faqindex.index.ChunkFields;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Corrects a word that the index has never seen to the closest word it has (by edit distance, then frequency),
 * using the index's own vocabulary of words as written ({@link ChunkFields#SPELL}).
 */
final class SpellingCorrector {

    /** Words shorter than this are too short to correct with confidence. */
    static final int MIN_WORD_LENGTH = 4;

    private final DirectSpellChecker checker;

    SpellingCorrector() {
        checker = new DirectSpellChecker();
        checker.setMaxEdits(2);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(MIN_WORD_LENGTH);
        checker.setAccuracy(0.7f);
    }

    /** Whether the word, lower-cased, occurs in the indexed text. */
    static boolean isKnown(IndexReader reader, String word) throws IOException {
        return reader.docFreq(new Term(ChunkFields.SPELL, word.toLowerCase(Locale.ROOT))) > 0;
    }

    /** The best correction of a word that is not in the index, if one is close enough. */
    Optional<String> correct(IndexReader reader, String word) throws IOException {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < MIN_WORD_LENGTH || !lower.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        SuggestWord[] suggestions = checker.suggestSimilar(
                new Term(ChunkFields.SPELL, lower), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return suggestions.length == 0 ? Optional.empty() : Optional.of(suggestions[0].string);
    }
}
