package dev.faqindex.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A query asked again is answered from memory; texts embedded together are not remembered; memory is bounded. */
class RecentQueryVectorsTest {

    /** The real model, counting the texts it is asked to embed. */
    private static final class CountingModel implements TextEmbedder {
        final AtomicInteger texts = new AtomicInteger();

        @Override
        public int dimension() {
            return MiniLmEmbedder.shared().dimension();
        }

        @Override
        public String modelName() {
            return MiniLmEmbedder.shared().modelName();
        }

        @Override
        public float[] embed(String text) {
            texts.incrementAndGet();
            return MiniLmEmbedder.shared().embed(text);
        }

        @Override
        public List<float[]> embedAll(List<String> all) {
            texts.addAndGet(all.size());
            return MiniLmEmbedder.shared().embedAll(all);
        }
    }

    @Test
    void aRepeatedQueryIsNotEmbeddedAgainAndGetsTheSameVector() {
        CountingModel model = new CountingModel();
        TextEmbedder recent = RecentQueryVectors.around(model, 8);
        float[] first = recent.embed("hamstring stretch");
        first[0] = 42f; // a caller changing its copy changes nothing remembered
        float[] again = recent.embed("hamstring stretch");
        assertEquals(1, model.texts.get());
        assertArrayEquals(MiniLmEmbedder.shared().embed("hamstring stretch"), again, 1e-6f);
        assertEquals(recent, RecentQueryVectors.around(recent, 8), "wrapping twice keeps one memory");
    }

    @Test
    void textsEmbeddedTogetherPassThroughAndMemoryIsBounded() {
        CountingModel model = new CountingModel();
        TextEmbedder recent = RecentQueryVectors.around(model, 2);
        recent.embedAll(List.of("one", "two"));
        recent.embedAll(List.of("one", "two"));
        assertEquals(4, model.texts.get());
        for (int i = 0; i < 50; i++) {
            recent.embed("query " + i);
        }
        recent.embed("query 0");
        assertEquals(55, model.texts.get(), "the oldest of many queries was forgotten");
    }
}
