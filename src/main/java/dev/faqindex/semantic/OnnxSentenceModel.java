package dev.faqindex.semantic;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A BERT-style sentence model in ONNX form, run with ONNX Runtime on the calling thread: the text's tokens go through
 * the model once and the token vectors are mean-pooled into one unit-length vector (the sentence-transformers recipe
 * of all-MiniLM-L6-v2). A text is read up to the window its tokenizer declares (128 tokens for all-MiniLM-L6-v2, the
 * length it was trained on): the rest of a long text does not change its vector.
 *
 * <p>Each call uses one core and no spinning worker threads: ONNX Runtime's default (one intra-op thread per core,
 * spinning between operators) halves a query's latency on an idle machine but doubles its CPU time, and a server
 * answering many queries at once, or an indexer embedding on every core, gets more done with one thread per call.
 * The session is thread-safe; calls from several threads run in parallel.
 */
final class OnnxSentenceModel implements AutoCloseable {

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean takesTokenTypes;

    private OnnxSentenceModel(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.takesTokenTypes = session.getInputNames().contains("token_type_ids");
    }

    /** Loads the model and its tokenizer from class-path resources (both ship in a jar: nothing is downloaded). */
    static OnnxSentenceModel fromClassPath(String modelResource, String tokenizerResource) {
        DjlOfflineMode.enable();
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = sessionOptions()) {
                OrtSession session = environment.createSession(readResource(modelResource), options);
                HuggingFaceTokenizer tokenizer;
                try (InputStream in = resource(tokenizerResource)) {
                    tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false"));
                }
                return new OnnxSentenceModel(environment, session, tokenizer);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model " + modelResource + " could not be loaded", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the sentence model " + modelResource + " could not be read", e);
        }
    }

    private static OrtSession.SessionOptions sessionOptions() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        return options;
    }

    /** The unit-length vector of {@code text}; only its first tokens count, up to the tokenizer's window. */
    float[] embed(String text) {
        return normalized(pooled(tokenizer.encode(text)));
    }

    /** Mean of the model's output vectors over every token of {@code encoding} (special tokens included). */
    private float[] pooled(Encoding encoding) {
        long[][] ids = {encoding.getIds()};
        long[][] mask = {encoding.getAttentionMask()};
        long[][] types = {encoding.getTypeIds()};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, ids);
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
                OnnxTensor typeTensor = OnnxTensor.createTensor(environment, types)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idTensor);
            inputs.put("attention_mask", maskTensor);
            if (takesTokenTypes) {
                inputs.put("token_type_ids", typeTensor);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][] tokens = ((float[][][]) result.get(0).getValue())[0];
                return mean(tokens);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model failed on a text of " + ids[0].length + " tokens", e);
        }
    }

    private static float[] mean(float[][] tokens) {
        float[] mean = new float[tokens[0].length];
        for (float[] token : tokens) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += token[i];
            }
        }
        for (int i = 0; i < mean.length; i++) {
            mean[i] /= tokens.length;
        }
        return mean;
    }

    private static float[] normalized(float[] vector) {
        double squares = 0;
        for (float value : vector) {
            squares += value * value;
        }
        float norm = (float) Math.sqrt(squares);
        if (norm > 0) {
            for (int i = 0; i < vector.length; i++) {
                vector[i] /= norm;
            }
        }
        return vector;
    }

    private static byte[] readResource(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = OnnxSentenceModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("resource " + name + " is not on the class path");
        }
        return in;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence model could not be closed", e);
        } finally {
            tokenizer.close();
        }
    }
}
