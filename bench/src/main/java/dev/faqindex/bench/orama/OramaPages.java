package dev.faqindex.bench.orama;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.bench.FieldWeights;
import dev.faqindex.bench.latency.ChunkBatches;
import dev.faqindex.bench.latency.LatencyFigures;
import dev.faqindex.bench.latency.LatencyRun;
import dev.faqindex.bench.latency.PeerLoad;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Orama as the latency benchmark drives it: the chunks of a content folder streamed into one peer process (with their
 * vectors when asked), then timed inside Node, where the search and the snippets of each page run, one query at a
 * time, with the warm-up and measuring time of the other engines. Node runs JavaScript on one thread, so there is no
 * second session to add: the throughput is that of the one process on one core.
 */
public final class OramaPages implements AutoCloseable {

    /** The name loading figures are reported under. */
    public static final String ENGINE = "Orama";
    private static final int BATCH = 2_000;
    private final OramaProcess process;
    private final PeerLoad load;
    private final Duration budget;

    private OramaPages(OramaProcess process, PeerLoad load, Duration budget) {
        this.process = process;
        this.load = load;
        this.budget = budget;
    }

    /**
     * Starts the peer in {@code peerDir} with a V8 heap of {@code heapMegabytes} and loads the chunks of
     * {@code contentDir}; with vectors from {@code vectors} when given (the time to embed is not counted as Orama's).
     *
     * @throws OramaUnavailable when loading needs more heap or more time than {@code budget}
     */
    public static OramaPages load(Path peerDir, Path contentDir, FieldWeights weights, Optional<OramaVectors> vectors,
            int heapMegabytes, Duration budget) throws IOException {
        OramaProcess process = OramaProcess.start(peerDir, heapMegabytes);
        try {
            long deadline = System.nanoTime() + budget.toNanos();
            process.send(OramaProtocol.create(weights, vectors.map(OramaVectors::dimension).orElse(0)), budget);
            long[] insertNanos = {0};
            long[] loaded = {0};
            long chunks;
            try {
                chunks = ChunkBatches.read(contentDir, BATCH, batch -> {
                    List<float[]> batchVectors = vectors.isPresent() ? vectors.get().ofChunks(batch) : List.of();
                    long start = System.nanoTime();
                    Duration left = Duration.ofNanos(deadline - start);
                    if (left.isNegative()) {
                        throw new OramaUnavailable("loading took longer than " + budget.toSeconds()
                                + " s (the time budget)");
                    }
                    process.send(OramaProtocol.insert(batch, batchVectors), left);
                    insertNanos[0] += System.nanoTime() - start;
                    loaded[0] += batch.size();
                });
            } catch (OramaUnavailable e) {
                throw new OramaUnavailable(e.getMessage() + ", after " + String.format("%,d", loaded[0])
                        + " chunks loaded in " + Math.round(insertNanos[0] / 1e9) + " s");
            }
            long heap = process.send(OramaProtocol.stats(), budget).path("heapUsedBytes").asLong();
            return new OramaPages(process, new PeerLoad(ENGINE, chunks, insertNanos[0] / 1e9, heap), budget);
        } catch (IOException | RuntimeException e) {
            process.close();
            throw e;
        }
    }

    /** What loading cost: the time of the inserts, and the V8 heap in use after them (Orama keeps all in memory). */
    public PeerLoad load() {
        return load;
    }

    /**
     * Times {@code mode} inside the peer on {@code run}'s queries (with their {@code queryVectors} for vector and
     * hybrid; empty otherwise): its warm-up, then every call of one pass or more timed.
     *
     * @throws OramaUnavailable when the run needs more time than the budget
     */
    public LatencyFigures measure(OramaMode mode, LatencyRun run, List<float[]> queryVectors) throws IOException {
        Duration timeout = run.warmUp().plus(run.measure()).plus(budget);
        JsonNode answer = process.send(OramaProtocol.measure(mode, run.queries(), queryVectors,
                run.warmUp().toMillis(), run.measure().toMillis()), timeout);
        double[] micros = OramaProtocol.micros(answer);
        return LatencyRun.figures(mode.engine(), micros, 1, micros.length / answer.path("seconds").asDouble());
    }

    @Override
    public void close() throws IOException {
        process.close();
    }
}
