package dev.faqindex.search;

import dev.faqindex.index.EnglishWords;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;

/**
 * Which words of a query are forgiven when neither the index nor the English dictionary knows them, and how much a
 * forgiven word counts: a word is replaced by its correction ({@link SpellingCorrector}), or failing that matched
 * fuzzily, both weighted below words typed correctly. Only a few words of a query, of letters and of a sensible length, are forgiven: the
 * rest must match as typed, which bounds the cost of a long or hostile query.
 */
final class TypoPolicy {

    /** Weight of a spelling-corrected word relative to a correctly typed one. */
    static final float CORRECTED_WEIGHT = 0.9f;
    /** Weight of a fuzzy match for a word with no correction. */
    static final float FUZZY_WEIGHT = 0.6f;
    /** Unknown words per query that are corrected or matched fuzzily, at most; the rest must match as typed. */
    static final int MAX_FORGIVEN_WORDS = 3;
    /**
     * Longest word that is corrected or matched fuzzily: no dictionary word is longer, and the edit-distance
     * automaton of a long word is costly to build.
     */
    static final int MAX_FORGIVABLE_LENGTH = 30;
    /** Fuzzy expansion bound, so a long misspelling stays cheap. */
    static final int FUZZY_MAX_EXPANSIONS = 20;
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    private final SpellingCorrector corrector;
    private final EnglishWords englishWords;
    private final FuzzyExpansions expansions = new FuzzyExpansions();

    TypoPolicy(SpellingCorrector corrector) {
        this(corrector, EnglishWords.shared());
    }

    TypoPolicy(SpellingCorrector corrector, EnglishWords englishWords) {
        this.corrector = corrector;
        this.englishWords = englishWords;
    }

    /**
     * Whether {@code word}, if the index does not know it, may be forgiven in a query that has forgiven
     * {@code forgivenSoFar} words already: letters only, {@link SpellingCorrector#MIN_WORD_LENGTH} to
     * {@link #MAX_FORGIVABLE_LENGTH} long, and no more than {@link #MAX_FORGIVEN_WORDS} per query.
     */
    boolean mayForgive(String word, int forgivenSoFar) {
        return LETTERS.matcher(word).matches() && word.length() >= SpellingCorrector.MIN_WORD_LENGTH
                && word.length() <= MAX_FORGIVABLE_LENGTH && forgivenSoFar < MAX_FORGIVEN_WORDS;
    }

    /**
     * Whether {@code word} needs no forgiving: the index has it (in any letter case), or it is a correctly spelled
     * English word ({@link EnglishWords}). A real word the content lacks ({@code reset}, {@code cake}) is kept as
     * typed and matches nothing, rather than being "corrected" into a different word the content has.
     */
    boolean isKnown(IndexReader reader, String word) throws IOException {
        return isKnown(reader, word, Audience.PUBLIC);
    }

    /** As {@link #isKnown(IndexReader, String)}, the index's words being those {@code audience} may see. */
    boolean isKnown(IndexReader reader, String word, Audience audience) throws IOException {
        return SpellingCorrector.isKnown(reader, word, audience) || englishWords.isWord(word);
    }

    /** The indexed word closest to {@code word}, if one is close enough to be what the user meant. */
    Optional<String> correction(IndexReader reader, String word) throws IOException {
        return correction(reader, word, Audience.PUBLIC);
    }

    /** As {@link #correction(IndexReader, String)}, from the words {@code audience} may see. */
    Optional<String> correction(IndexReader reader, String word, Audience audience) throws IOException {
        return corrector.correct(reader, word, audience);
    }

    /** Edits a fuzzy match of {@code term} may make: one for a short term, two for a longer one. */
    int maxEdits(String term) {
        return term.length() <= 5 ? 1 : 2;
    }

    /** The query of a corrected word, counting a little less than a word typed correctly. */
    Query corrected(Query word) {
        return new BoostQuery(word, CORRECTED_WEIGHT);
    }

    /** The query of a word matched fuzzily, counting less than a corrected word. */
    Query fuzzy(Query fuzzyWord) {
        return new BoostQuery(fuzzyWord, FUZZY_WEIGHT);
    }

    /**
     * Any of {@code terms} in {@code field} within {@link #maxEdits} edits (the first letter as typed, at most
     * {@link #FUZZY_MAX_EXPANSIONS} indexed terms each, expanded once per index commit by {@link FuzzyExpansions});
     * null for no terms, as {@link WeightedFields#anyField} takes.
     */
    Query fuzzyTerms(String field, List<String> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String term : terms) {
            any.add(expansions.of(new FuzzyQuery(new Term(field, term), maxEdits(term), 1, FUZZY_MAX_EXPANSIONS,
                    true)), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }
}
