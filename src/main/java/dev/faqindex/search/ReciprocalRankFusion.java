package dev.faqindex.search;

import org.apache.lucene.search.ScoreDoc;

/**
 * Reciprocal rank fusion: a document scores {@code 1 / (k + rank)} in each ranking it is in (rank 1 first), and the
 * sums are ranked. Only ranks count, so the scales of BM25 and cosine similarity do not matter.
 *
 * @param k the damping constant: the larger, the less the first ranks stand out
 * @param candidates how many of each ranking are fused
 */
record ReciprocalRankFusion(int k, int candidates) implements HybridFusion {

    /** The constant of the original paper (Cormack, Clarke and Büttcher, 2009). */
    static final int STANDARD_K = 60;

    ReciprocalRankFusion {
        if (k < 1 || candidates < 1) {
            throw new IllegalArgumentException("rrfK and candidates must be positive");
        }
    }

    @Override
    public ScoreDoc[] fuse(ScoreDoc[] lexical, ScoreDoc[] semantic) {
        FusedScores fused = new FusedScores();
        addReciprocalRanks(fused, lexical);
        addReciprocalRanks(fused, semantic);
        return fused.ranked();
    }

    private void addReciprocalRanks(FusedScores fused, ScoreDoc[] ranking) {
        for (int rank = 0; rank < ranking.length; rank++) {
            fused.add(ranking[rank].doc, 1f / (k + rank + 1));
        }
    }
}
