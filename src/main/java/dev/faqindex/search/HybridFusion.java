package dev.faqindex.search;

import java.util.Locale;
import org.apache.lucene.search.ScoreDoc;

/**
 * How hybrid search merges the lexical and the vector ranking of one query into one ranking: by rank
 * ({@code ReciprocalRankFusion}) or by normalised score ({@code WeightedFusion}, the standard). A new way of fusing
 * (a learned one, say) is another implementation, measured with {@code faq-index eval --fusion}.
 */
public interface HybridFusion {

    /** Candidates taken from each ranking in the standard fusions. */
    int STANDARD_CANDIDATES = 50;

    /** How many of each ranking are fused, at least. */
    int candidates();

    /**
     * One ranking of both, best first; ties broken by document number so the order is stable. A document may be in
     * either list or in both.
     *
     * @param lexical the lexical ranking, best first
     * @param semantic the vector ranking, best first
     */
    ScoreDoc[] fuse(ScoreDoc[] lexical, ScoreDoc[] semantic);

    /** The fusion measured best on the seed dev queries and StackFAQ (see docs/BENCHMARKS.md). */
    static HybridFusion standard() {
        return new WeightedFusion(WeightedFusion.STANDARD_LEXICAL_WEIGHT, STANDARD_CANDIDATES);
    }

    /**
     * Reads {@code rrf[:k]} or {@code weighted[:lexicalWeight]}, as the eval command's {@code --fusion} takes it.
     *
     * @throws IllegalArgumentException naming the accepted forms, or the value out of range
     */
    static HybridFusion parse(String spec) {
        String[] parts = spec.strip().toLowerCase(Locale.ROOT).split(":", 2);
        return switch (parts[0]) {
            case "rrf" -> new ReciprocalRankFusion(
                    parts.length > 1 ? Integer.parseInt(parts[1]) : ReciprocalRankFusion.STANDARD_K,
                    STANDARD_CANDIDATES);
            case "weighted" -> new WeightedFusion(
                    parts.length > 1 ? Float.parseFloat(parts[1]) : WeightedFusion.STANDARD_LEXICAL_WEIGHT,
                    STANDARD_CANDIDATES);
            default -> throw new IllegalArgumentException(
                    "fusion must be rrf[:k] or weighted[:lexicalWeight], got '" + spec + "'");
        };
    }
}
