package dev.faqindex.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;

/**
 * The embedder runs the model with its own ONNX Runtime settings (one thread per call, no spinning); its vectors must
 * be the model's as its packager computes them, short and long texts alike, from one thread or several.
 */
class MiniLmEmbedderTest {

    private static final List<String> TEXTS = List.of(
            "how do I stretch my hamstrings",
            "Lower back pain > Prevention\nWarm up for five to ten minutes and keep the spine neutral when lifting.",
            "gift card balance",
            "Why does my knee click when I squat? It's usually harmless; see a physio if it hurts.",
            "x",
            "Café crème, naïve façade — ünïcödé and emoji 🙂 survive tokenization");

    @Test
    void vectorsMatchThePackagedModel() {
        AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<String> texts = new ArrayList<>(TEXTS);
        texts.add(longText());
        for (String text : texts) {
            float[] ours = MiniLmEmbedder.shared().embed(text);
            float[] theirs = reference.embed(text).content().vector();
            assertEquals(384, ours.length);
            float same = VectorUtil.dotProduct(ours, theirs);
            assertTrue(same > 0.9999, () -> "same vector for: " + text.substring(0, 20) + " ... " + same);
            assertEquals(1.0, VectorUtil.dotProduct(ours, ours), 1e-4, "unit length");
        }
    }

    @Test
    void severalThreadsGetTheSameVectorsAsOne() throws Exception {
        List<float[]> alone = MiniLmEmbedder.shared().embedAll(TEXTS);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<float[]>>> runs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                runs.add(pool.submit(() -> MiniLmEmbedder.shared().embedAll(TEXTS)));
            }
            for (Future<List<float[]>> run : runs) {
                List<float[]> vectors = run.get();
                for (int i = 0; i < TEXTS.size(); i++) {
                    assertTrue(VectorUtil.dotProduct(alone.get(i), vectors.get(i)) > 0.99999, TEXTS.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyTheModelsWindowOfALongTextCounts() {
        String start = longText();
        float[] whole = MiniLmEmbedder.shared().embed(start);
        float[] longer = MiniLmEmbedder.shared()
                .embed(start + " Something else entirely about gift cards and refunds.");
        assertTrue(VectorUtil.dotProduct(whole, longer) > 0.99999,
                "words past the 128-token window leave the vector as it is");
    }

    /** About 900 word pieces: more than one window of the model. */
    private static String longText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append("Section ").append(i).append(": keep the hamstrings loose, brace the core and breathe out. ");
        }
        return text.toString();
    }
}
