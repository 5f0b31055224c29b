package dev.faqindex.bench.orama;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.bench.FieldWeights;
import dev.faqindex.content.Chunk;
import dev.faqindex.eval.RankedItem;
import dev.faqindex.eval.RelevanceEvaluator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orama as the relevance benchmark sees it: one peer process loaded with a case's chunks (and their vectors), ranking
 * in one {@link OramaMode} at a time. Query vectors are made once per query text and kept.
 */
public final class OramaRanker implements RelevanceEvaluator.Ranker, AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final int HEAP_MEGABYTES = 2048;
    private final OramaProcess process;
    private final OramaVectors vectors;
    private final Map<String, Chunk> chunksById = new HashMap<>();
    private final Map<String, float[]> queryVectors = new HashMap<>();
    private OramaMode mode = OramaMode.FULLTEXT;

    private OramaRanker(OramaProcess process, OramaVectors vectors, List<Chunk> chunks) {
        this.process = process;
        this.vectors = vectors;
        chunks.forEach(chunk -> chunksById.put(chunk.id(), chunk));
    }

    /**
     * Starts the peer in {@code peerDir} and loads {@code chunks} with {@code weights}, with their vectors when
     * {@code withVectors}.
     */
    public static OramaRanker load(Path peerDir, List<Chunk> chunks, FieldWeights weights, boolean withVectors)
            throws IOException {
        OramaVectors vectors = OramaVectors.uncached();
        OramaProcess process = OramaProcess.start(peerDir, HEAP_MEGABYTES);
        try {
            process.send(OramaProtocol.create(weights, withVectors ? vectors.dimension() : 0), TIMEOUT);
            int batch = 500;
            for (int from = 0; from < chunks.size(); from += batch) {
                List<Chunk> part = chunks.subList(from, Math.min(chunks.size(), from + batch));
                process.send(OramaProtocol.insert(part, withVectors ? vectors.ofChunks(part) : List.of()), TIMEOUT);
            }
            return new OramaRanker(process, vectors, chunks);
        } catch (IOException | RuntimeException e) {
            process.close();
            throw e;
        }
    }

    /** Ranks in {@code newMode} from now on. */
    public OramaRanker in(OramaMode newMode) {
        this.mode = newMode;
        return this;
    }

    @Override
    public List<RankedItem> rank(String query, int depth) throws IOException {
        if (query.isBlank()) {
            return List.of();
        }
        float[] vector = mode.needsVectors() ? queryVectors.computeIfAbsent(query,
                text -> vectors.ofQueries(List.of(text)).getFirst()) : null;
        JsonNode answer = process.send(OramaProtocol.search(mode, query, vector, depth), TIMEOUT);
        List<RankedItem> ranked = new ArrayList<>();
        for (String id : OramaProtocol.hitIds(answer)) {
            Chunk chunk = chunksById.get(id);
            if (chunk == null) {
                throw new IOException("Orama returned an id that was never loaded: " + id);
            }
            ranked.add(new RankedItem(chunk.id(), chunk.title(), chunk.breadcrumb()));
        }
        return ranked;
    }

    @Override
    public void close() throws IOException {
        process.close();
    }
}
