package dev.faqindex.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.content.Chunk;
import dev.faqindex.semantic.EmbeddingText;
import dev.faqindex.semantic.MiniLmEmbedder;
import dev.faqindex.semantic.TextEmbedder;
import dev.faqindex.testing.IndexConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batches of chunks are embedded on worker threads, yet the index holds every chunk in content order with the
 * vector of its own text, and progress counts what was written.
 */
class ParallelEmbeddingTest {

    private static final int ENTRIES = 300; // three batches: two full, one partial

    @TempDir
    Path temp;

    @Test
    void chunksKeepTheirOrderAndTheirOwnVectors() throws Exception {
        Path content = IndexConfigs.contentIn(temp);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < ENTRIES; i++) {
            lines.append("{\"id\":\"q").append(i).append("\",\"question\":\"How do I adjust setting number ").append(i)
                    .append(" of the boiler?\",\"answer\":\"Turn dial ").append(i % 7).append(" by ").append(i)
                    .append(" steps and wait ").append(i % 13).append(" minutes.\"}\n");
        }
        Files.writeString(content.resolve("boiler.jsonl"), lines);
        RecordingEmbedder embedder = new RecordingEmbedder(MiniLmEmbedder.shared());
        List<Integer> progress = new ArrayList<>();
        Path indexDir = temp.resolve("index");
        try (LiveIndex index = LiveIndex.open(IndexConfigs.index(content, indexDir, true), embedder, progress::add)) {
            assertEquals(ENTRIES, index.lastRefresh().orElseThrow().embedded());
        }
        assertEquals(ENTRIES, progress.getLast());
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) > progress.get(i - 1), "progress only grows: " + progress);
        }
        assertFalse(embedder.threads.contains(Thread.currentThread().getName()), "embedding ran beside the writer");
        assertTrue(embedder.threads.stream().allMatch(name -> name.startsWith("faq-index-embedding-")),
                "embedded on the workers: " + embedder.threads);

        try (Directory directory = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(directory)) {
            int position = 0;
            for (var leaf : reader.leaves()) {
                LeafReader segment = leaf.reader();
                FloatVectorValues vectors = segment.getFloatVectorValues(ChunkFields.VECTOR);
                KnnVectorValues.DocIndexIterator docs = vectors.iterator();
                for (int doc = docs.nextDoc(); doc != KnnVectorValues.DocIndexIterator.NO_MORE_DOCS;
                        doc = docs.nextDoc()) {
                    Chunk chunk = ChunkDocuments.withBlocks(segment.storedFields().document(doc));
                    assertEquals("q" + position, chunk.id(), "content order kept");
                    float[] expected = embedder.computed.get(EmbeddingText.of(chunk, embedder).text());
                    assertArrayEquals(expected, vectors.vectorValue(docs.index()), 1e-6f, chunk.id());
                    position++;
                }
            }
            assertEquals(ENTRIES, position);
        }
    }

    /** The real model, noting which threads call it and what it returned for each text. */
    private static final class RecordingEmbedder implements TextEmbedder {
        private final TextEmbedder model;
        private final Set<String> threads = ConcurrentHashMap.newKeySet();
        private final Map<String, float[]> computed = new ConcurrentHashMap<>();

        RecordingEmbedder(TextEmbedder model) {
            this.model = model;
        }

        @Override
        public int dimension() {
            return model.dimension();
        }

        @Override
        public String modelName() {
            return model.modelName();
        }

        @Override
        public float[] embed(String text) {
            return model.embed(text);
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            threads.add(Thread.currentThread().getName());
            List<float[]> vectors = model.embedAll(texts);
            for (int i = 0; i < texts.size(); i++) {
                computed.put(texts.get(i), vectors.get(i));
            }
            return vectors;
        }
    }
}
