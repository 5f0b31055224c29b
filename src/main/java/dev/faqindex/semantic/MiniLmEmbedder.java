package dev.faqindex.semantic;

import java.util.ArrayList;
import java.util.List;

/**
 * The all-MiniLM-L6-v2 sentence model (quantized, 384 dimensions, unit-length vectors), run in-process with ONNX
 * Runtime from the jar that ships it (langchain4j's packaging of the model): nothing is downloaded. The model is loaded
 * on first use (about a second), once per JVM, and shared; it is thread-safe, and each call runs on the calling thread
 * alone ({@link OnnxSentenceModel}), so callers use several cores by calling from several threads.
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
        return Model.INSTANCE.embed(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(Model.INSTANCE.embed(text));
        }
        return vectors;
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
        static final OnnxSentenceModel INSTANCE =
                OnnxSentenceModel.fromClassPath("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json");
    }
}
