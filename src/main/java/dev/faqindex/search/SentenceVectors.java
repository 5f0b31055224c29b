package dev.faqindex.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.faqindex.semantic.TextEmbedder;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeddings of the sentences answers are chosen from, kept for the sentences seen recently (a bounded cache per
 * service): the hits of popular questions come back, and embedding their sentences again would cost every search
 * several model calls.
 */
final class SentenceVectors {

    /** Sentences whose embedding is kept, at most (about 1.5 KB each with a 384-dimension model). */
    static final int MAX_SENTENCES = 20_000;

    private final Cache<String, float[]> vectors = Caffeine.newBuilder().maximumSize(MAX_SENTENCES).build();

    /** The embedding of each sentence, in order; those not kept are embedded together in one call. */
    List<float[]> of(List<String> sentences, TextEmbedder embedder) {
        List<float[]> out = new ArrayList<>(sentences.size());
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            float[] kept = vectors.getIfPresent(key(sentences.get(i), embedder));
            out.add(kept);
            if (kept == null) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> computed = embedder.embedAll(missing.stream().map(sentences::get).toList());
            for (int j = 0; j < missing.size(); j++) {
                out.set(missing.get(j), computed.get(j));
                vectors.put(key(sentences.get(missing.get(j)), embedder), computed.get(j));
            }
        }
        return out;
    }

    private static String key(String sentence, TextEmbedder embedder) {
        return embedder.modelName() + "\n" + sentence;
    }
}
