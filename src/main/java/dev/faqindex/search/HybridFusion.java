package dev.faqindex.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * How hybrid search merges the lexical and the vector ranking of the same candidates.
 *
 * @param method {@link Method#RRF} (reciprocal rank fusion) or {@link Method#WEIGHTED} (weighted sum of normalised
 *     scores: BM25 divided by the best BM25, so a second of two matches keeps its worth; vector scores min-max
 *     over the candidates, as cosine similarities of unrelated texts are far from 0)
 * @param lexicalWeight share of the lexical score in {@code WEIGHTED} (0 to 1; the vector score gets the rest)
 * @param rrfK the constant of {@code RRF}: a document scores {@code 1/(rrfK + rank)} per list
 * @param candidates how many of each ranking are fused
 */
public record HybridFusion(Method method, float lexicalWeight, int rrfK, int candidates) {

    /** The fusion methods. */
    public enum Method { RRF, WEIGHTED }

    public HybridFusion {
        if (lexicalWeight < 0 || lexicalWeight > 1) {
            throw new IllegalArgumentException("lexicalWeight must be between 0 and 1, got " + lexicalWeight);
        }
        if (rrfK < 1 || candidates < 1) {
            throw new IllegalArgumentException("rrfK and candidates must be positive");
        }
    }

    /** The fusion measured best on the seed dev queries and StackFAQ (see docs/BENCHMARKS.md). */
    public static HybridFusion standard() {
        return new HybridFusion(Method.WEIGHTED, 0.7f, 60, 50);
    }

    /** Reads {@code rrf} or {@code weighted:<lexical weight>}, as the eval command's {@code --fusion} takes it. */
    public static HybridFusion parse(String spec) {
        String[] parts = spec.strip().toLowerCase(java.util.Locale.ROOT).split(":", 2);
        HybridFusion standard = standard();
        return switch (parts[0]) {
            case "rrf" -> new HybridFusion(Method.RRF, standard.lexicalWeight(), 
                    parts.length > 1 ? Integer.parseInt(parts[1]) : standard.rrfK(), standard.candidates());
            case "weighted" -> new HybridFusion(Method.WEIGHTED,
                    parts.length > 1 ? Float.parseFloat(parts[1]) : standard.lexicalWeight(), standard.rrfK(),
                    standard.candidates());
            default -> throw new IllegalArgumentException("fusion must be rrf[:k] or weighted[:lexicalWeight], got '" + spec + "'");
        };
    }

    /** One ranking of both, best first; ties broken by document number so the order is stable. */
    ScoreDoc[] fuse(ScoreDoc[] lexical, ScoreDoc[] semantic) {
        Map<Integer, Float> fused = new HashMap<>();
        if (method == Method.RRF) {
            addReciprocalRanks(fused, lexical);
            addReciprocalRanks(fused, semantic);
        } else {
            addNormalised(fused, lexical, lexicalWeight, false);
            addNormalised(fused, semantic, 1 - lexicalWeight, true);
        }
        List<ScoreDoc> merged = new ArrayList<>(fused.size());
        fused.forEach((doc, score) -> merged.add(new ScoreDoc(doc, score)));
        merged.sort((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
        return merged.toArray(ScoreDoc[]::new);
    }

    private void addReciprocalRanks(Map<Integer, Float> fused, ScoreDoc[] ranking) {
        for (int rank = 0; rank < ranking.length; rank++) {
            fused.merge(ranking[rank].doc, 1f / (rrfK + rank + 1), Float::sum);
        }
    }

    /**
     * Adds {@code weight * (score - min) / (max - min)}, with {@code min} 0 unless {@code minMax}; a ranking of one
     * equal score counts fully.
     */
    private static void addNormalised(Map<Integer, Float> fused, ScoreDoc[] ranking, float weight, boolean minMax) {
        if (ranking.length == 0) {
            return;
        }
        float max = ranking[0].score;
        float min = minMax ? ranking[ranking.length - 1].score : 0f;
        for (ScoreDoc hit : ranking) {
            float normalised = max > min ? (hit.score - min) / (max - min) : 1f;
            fused.merge(hit.doc, weight * normalised, Float::sum);
        }
    }
}
