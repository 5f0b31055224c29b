package dev.faqindex.semantic;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * The all-MiniLM-L6-v2 sentence model (quantized, 384 dimensions, unit-length vectors), run in-process with ONNX
 * Runtime from the jar: nothing is downloaded. The model is loaded on first use (about a second), once per JVM, and
 * shared; it is thread-safe.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    private static final int DIMENSION = 384;

    private MiniLmEmbedder() {
    }

    /** The one instance; the model itself loads on the first {@code embed} call. */
    public static MiniLmEmbedder shared() {
        return Holder.INSTANCE;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public String modelName() {
        return "all-minilm-l6-v2-q";
    }

    @Override
    public float[] embed(String text) {
        return Model.INSTANCE.embed(text).content().vector();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return Model.INSTANCE.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    /** Lazy holder of the shared instance (class initialisation is the lock). */
    private static final class Holder {
        static final MiniLmEmbedder INSTANCE = new MiniLmEmbedder();
    }

    /**
     * Lazy holder of the loaded model: loaded when first embedding, not when the embedder is created, and always with
     * DJL offline, whichever entry point (server, command, test, benchmark) gets here first.
     */
    private static final class Model {
        static final EmbeddingModel INSTANCE = load();

        private static EmbeddingModel load() {
            DjlOfflineMode.enable();
            return new AllMiniLmL6V2QuantizedEmbeddingModel();
        }
    }
}
