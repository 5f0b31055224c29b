package dev.faqindex.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/** The scores a fusion gives documents, summed per document, then ranked best first, ties by document number. */
final class FusedScores {

    private final Map<Integer, Float> scores = new HashMap<>();

    /** Adds {@code score} to what {@code doc} has so far. */
    void add(int doc, float score) {
        scores.merge(doc, score, Float::sum);
    }

    /** Every document added, best first. */
    ScoreDoc[] ranked() {
        List<ScoreDoc> merged = new ArrayList<>(scores.size());
        scores.forEach((doc, score) -> merged.add(new ScoreDoc(doc, score)));
        merged.sort((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
        return merged.toArray(ScoreDoc[]::new);
    }
}
