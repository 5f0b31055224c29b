package dev.faqindex.bench.orama;

import dev.faqindex.content.Chunk;
import dev.faqindex.semantic.EmbeddingText;
import dev.faqindex.semantic.MiniLmEmbedder;
import dev.faqindex.semantic.TextEmbedder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vectors Orama's vector and hybrid modes are given: faq-index's own embedder (the shipped MiniLM model) applied
 * to the text faq-index embeds of each chunk ({@link EmbeddingText}) and to the query as typed, so both engines
 * compare retrieval, not models. Chunk vectors can be kept in a cache file (by text hash), so a benchmark re-run does
 * not embed a large corpus again.
 */
public final class OramaVectors {

    private static final int BATCH = 64;
    private final TextEmbedder embedder;
    private final Optional<Path> cacheFile;
    private final Map<String, float[]> cached = new HashMap<>();

    private OramaVectors(TextEmbedder embedder, Optional<Path> cacheFile) {
        this.embedder = embedder;
        this.cacheFile = cacheFile;
    }

    /** Vectors from the shipped model, without a cache. */
    public static OramaVectors uncached() {
        return new OramaVectors(MiniLmEmbedder.shared(), Optional.empty());
    }

    /** Vectors from the shipped model, chunk vectors read from and added to {@code cacheFile}. */
    public static OramaVectors cachedIn(Path cacheFile) throws IOException {
        OramaVectors vectors = new OramaVectors(MiniLmEmbedder.shared(), Optional.of(cacheFile));
        vectors.readCache();
        return vectors;
    }

    /** The vectors' length. */
    public int dimension() {
        return embedder.dimension();
    }

    /** One vector per chunk, in order. */
    public List<float[]> ofChunks(List<Chunk> chunks) throws IOException {
        List<EmbeddingText> texts = chunks.stream().map(chunk -> EmbeddingText.of(chunk, embedder)).toList();
        List<EmbeddingText> missing = texts.stream().filter(text -> !cached.containsKey(text.hash())).distinct().toList();
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<EmbeddingText> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            List<float[]> computed = embedder.embedAll(batch.stream().map(EmbeddingText::text).toList());
            for (int i = 0; i < batch.size(); i++) {
                cached.put(batch.get(i).hash(), computed.get(i));
            }
            appendToCache(batch);
        }
        return texts.stream().map(text -> cached.get(text.hash())).toList();
    }

    /** One vector per query text, in order. */
    public List<float[]> ofQueries(List<String> queries) {
        List<float[]> vectors = new ArrayList<>(queries.size());
        for (String query : queries) {
            vectors.add(embedder.embed(query));
        }
        return vectors;
    }

    private void readCache() throws IOException {
        Path file = cacheFile.orElseThrow();
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                String hash;
                try {
                    hash = in.readUTF();
                } catch (EOFException e) {
                    return;
                }
                float[] vector = new float[in.readInt()];
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = in.readFloat();
                }
                cached.put(hash, vector);
            }
        } catch (EOFException e) {
            // a run ended while writing: keep what was complete
        }
    }

    private void appendToCache(List<EmbeddingText> batch) throws IOException {
        if (cacheFile.isEmpty()) {
            return;
        }
        Files.createDirectories(cacheFile.get().toAbsolutePath().getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(
                cacheFile.get(), StandardOpenOption.CREATE, StandardOpenOption.APPEND), 1 << 16))) {
            for (EmbeddingText text : batch) {
                float[] vector = cached.get(text.hash());
                out.writeUTF(text.hash());
                out.writeInt(vector.length);
                for (float value : vector) {
                    out.writeFloat(value);
                }
            }
        }
    }
}
