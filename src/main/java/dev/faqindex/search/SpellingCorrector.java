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
 * using the index's own vocabulary of words as written: of the public chunks ({@link ChunkFields#SPELL}) for
 * everyone, and of the internal ones too ({@link ChunkFields#SPELL_INTERNAL}) for an agent, so that no word found
 * only in internal notes is known to, or suggested to, the public.
 *
 * <p>A correction depends only on the word, the vocabulary the audience sees and the index commit, and a
 * vocabulary's misspellings repeat across queries, so each decision is kept per commit ({@link #DECISIONS} at most):
 * searching the vocabulary by edit distance builds Levenshtein automata, the costliest step of reading a query.
 */
final class SpellingCorrector {

    /** Words shorter than this are too short to correct with confidence. */
    static final int MIN_WORD_LENGTH = 4;

    /** Corrections (and their absence) kept, at most; least recently used go first. */
    static final int DECISIONS = 20_000;

    private record Decision(Audience audience, String word) {
    }

    private final DirectSpellChecker checker;
    private final PerCommit<Decision, Optional<String>> decisions = new PerCommit<>(DECISIONS);

    SpellingCorrector() {
        checker = new DirectSpellChecker();
        checker.setMaxEdits(2);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(MIN_WORD_LENGTH);
        checker.setAccuracy(0.7f);
    }

    /** Whether the word, lower-cased, occurs in the indexed text of the public chunks. */
    static boolean isKnown(IndexReader reader, String word) throws IOException {
        return isKnown(reader, word, Audience.PUBLIC);
    }

    /** Whether the word, lower-cased, occurs in the indexed text that {@code audience} may see. */
    static boolean isKnown(IndexReader reader, String word, Audience audience) throws IOException {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String field : audience.spellingFields()) {
            if (reader.docFreq(new Term(field, lower)) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The best correction from the public vocabulary of a word it lacks, if one is close enough. */
    Optional<String> correct(IndexReader reader, String word) throws IOException {
        return correct(reader, word, Audience.PUBLIC);
    }

    /** The best correction from {@code audience}'s vocabulary of a word it lacks, if one is close enough. */
    Optional<String> correct(IndexReader reader, String word, Audience audience) throws IOException {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < MIN_WORD_LENGTH || !lower.chars().allMatch(Character::isLetter)
                || isKnown(reader, lower, audience)) {
            return Optional.empty();
        }
        return decisions.get(reader, new Decision(audience, lower), () -> suggest(reader, lower, audience));
    }

    /** The spell checker's best suggestion for {@code lower} from the fields {@code audience} may see. */
    private Optional<String> suggest(IndexReader reader, String lower, Audience audience) throws IOException {
        SuggestWord best = null;
        for (String field : audience.spellingFields()) {
            SuggestWord[] suggestions = checker.suggestSimilar(
                    new Term(field, lower), 1, reader, SuggestMode.SUGGEST_ALWAYS);
            if (suggestions.length > 0 && (best == null || better(suggestions[0], best))) {
                best = suggestions[0];
            }
        }
        return Optional.ofNullable(best).map(suggestion -> suggestion.string);
    }

    /** Closer first, then more frequent, as the spell checker itself orders its suggestions. */
    private static boolean better(SuggestWord candidate, SuggestWord best) {
        return candidate.score > best.score || candidate.score == best.score && candidate.freq > best.freq;
    }
}
