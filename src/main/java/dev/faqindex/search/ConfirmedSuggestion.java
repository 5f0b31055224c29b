package dev.faqindex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * Offers "did you mean" only when the correction made the difference: the corrected words must occur in the best
 * hit. A correction that the best answer does not even contain did not find it, and suggesting it would only put
 * words in the user's mouth.
 */
final class ConfirmedSuggestion {

    private ConfirmedSuggestion() {
    }

    /** {@code suggestion} when a corrected word occurs in the first of {@code top}, else {@code null}. */
    static String of(IndexSearcher searcher, String suggestion, Map<String, String> corrections, ScoreDoc[] top)
            throws IOException {
        if (suggestion == null || top.length == 0) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        corrections.values().forEach(word -> terms.addAll(QueryWords.of(word).contentTerms()));
        if (terms.isEmpty()) {
            return null;
        }
        TermMatches.InChunk best = TermMatches.read(searcher, terms, new int[] {top[0].doc}).get(top[0].doc);
        for (int field = 0; field < TermMatches.FIELDS.length; field++) {
            for (int term = 0; term < terms.size(); term++) {
                if (best.frequency(field, term) > 0) {
                    return suggestion;
                }
            }
        }
        return null;
    }
}
