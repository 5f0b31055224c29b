package dev.faqindex.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/**
 * Adds the synonyms of the synonym file ({@link SynonymFile}) to a query's words, at a lower weight than the words
 * typed: a chunk that has the word itself gains nothing more from also having a synonym, and one that has only a
 * synonym still matches. Synonyms of several words together ({@code lower back} gives {@code lumbar}) are added to
 * the query as a whole.
 *
 * @param synonymAnalyzer the query analyzer with the current synonyms
 * @param fields the fields the synonyms are matched in
 */
record SynonymExpansion(Analyzer synonymAnalyzer, WeightedFields fields) {

    /** Weight of a synonym relative to the word typed. */
    static final float SYNONYM_WEIGHT = 0.5f;

    /** Whether the synonym file gives {@code word} synonyms: then it is a word the user meant, not a typo. */
    boolean explains(String word) {
        return !synonymsOf(word).isEmpty();
    }

    /** The better of {@code word}'s query and its synonyms at the lower weight; the word's query if it has none. */
    Query withSynonyms(Query word, String text) {
        return fields.terms(synonymsOf(text))
                .<Query>map(synonyms -> new DisjunctionMaxQuery(List.of(word, new BoostQuery(synonyms, SYNONYM_WEIGHT)),
                        0f))
                .orElse(word);
    }

    /**
     * Words that synonyms of several typed words bring in, at the lower weight: the per-word clauses cannot see
     * them. Empty for fewer than two words or when no synonym spans words.
     */
    Optional<Query> ofSeveralWords(String plainWords) {
        String[] words = plainWords.strip().split("\\s+");
        if (words.length < 2) {
            return Optional.empty();
        }
        Set<String> known = new LinkedHashSet<>(typedTerms(plainWords));
        for (String word : words) {
            known.addAll(synonymsOf(word)); // single-word synonyms are already in that word's clause
        }
        List<String> added = new ArrayList<>(synonymsOf(plainWords));
        added.removeAll(known);
        return fields.terms(added).map(query -> new BoostQuery(query, SYNONYM_WEIGHT));
    }

    /** The terms of {@code text} that the synonym filter added. */
    List<String> synonymsOf(String text) {
        return AnalyzedTerms.of(synonymAnalyzer, text, SynonymGraphFilter.TYPE_SYNONYM::equals);
    }

    /** The terms of {@code text} that the synonym filter kept as typed (a one-way rule {@code x => y} drops x). */
    List<String> typedTerms(String text) {
        return AnalyzedTerms.of(synonymAnalyzer, text, type -> !SynonymGraphFilter.TYPE_SYNONYM.equals(type));
    }
}
