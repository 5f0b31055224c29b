package dev.faqindex.search;

import org.apache.lucene.search.ScoreDoc;

/**
 * A weighted sum of normalised scores: BM25 divided by the best BM25 (so the second of two matches keeps its worth),
 * vector scores min-max over the candidates (cosine similarities of unrelated texts are far from 0). A ranking whose
 * scores are all equal counts fully.
 *
 * @param lexicalWeight share of the lexical score, 0 to 1; the vector score gets the rest
 * @param candidates how many of each ranking are fused
 */
record WeightedFusion(float lexicalWeight, int candidates) implements HybridFusion {

    /** The lexical share measured best (see docs/BENCHMARKS.md). */
    static final float STANDARD_LEXICAL_WEIGHT = 0.7f;

    WeightedFusion {
        if (lexicalWeight < 0 || lexicalWeight > 1) {
            throw new IllegalArgumentException("lexicalWeight must be between 0 and 1, got " + lexicalWeight);
        }
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be positive, got " + candidates);
        }
    }

    @Override
    public ScoreDoc[] fuse(ScoreDoc[] lexical, ScoreDoc[] semantic) {
        FusedScores fused = new FusedScores();
        addNormalised(fused, lexical, lexicalWeight, false);
        addNormalised(fused, semantic, 1 - lexicalWeight, true);
        return fused.ranked();
    }

    /**
     * Adds {@code weight * (score - min) / (max - min)} for each document, with {@code min} 0 unless {@code minMax}.
     */
    private static void addNormalised(FusedScores fused, ScoreDoc[] ranking, float weight, boolean minMax) {
        if (ranking.length == 0) {
            return;
        }
        float max = ranking[0].score;
        float min = minMax ? ranking[ranking.length - 1].score : 0f;
        for (ScoreDoc hit : ranking) {
            float normalised = max > min ? (hit.score - min) / (max - min) : 1f;
            fused.add(hit.doc, weight * normalised);
        }
    }
}
