package dev.faqindex.semantic;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;

/**
 * An embedder that remembers the vectors of the texts it embedded one at a time (queries), so the same query asked
 * again costs no model run: the next page of results, another filter or mode, the widget after the page, the chatbot
 * asking what a reader typed, or the same search after a reindex emptied the result cache. Texts embedded together
 * ({@link #embedAll}: chunks being indexed, answer sentences) pass through unremembered. Bounded: at most
 * {@code capacity} vectors (about 1.6 KB each at 384 dimensions), least recently used first out.
 */
public final class RecentQueryVectors implements TextEmbedder {

    /** How many query vectors a server keeps: about 6.5 MB. */
    public static final int DEFAULT_CAPACITY = 4_096;

    private final TextEmbedder model;
    private final Cache<String, float[]> vectors;

    private RecentQueryVectors(TextEmbedder model, int capacity) {
        this.model = model;
        this.vectors = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
    }

    /** {@code model} with the vectors of its last {@code capacity} distinct single texts remembered. */
    public static TextEmbedder around(TextEmbedder model, int capacity) {
        if (model instanceof RecentQueryVectors) {
            return model;
        }
        return new RecentQueryVectors(model, capacity);
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public String modelName() {
        return model.modelName();
    }

    /** The remembered vector of {@code text}, or the model's (a copy: callers may change it). */
    @Override
    public float[] embed(String text) {
        return vectors.get(text, model::embed).clone();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return model.embedAll(texts);
    }
}
