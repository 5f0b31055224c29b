package dev.faqindex.bench.results;

import dev.faqindex.bench.latency.LatencyFigures;
import dev.faqindex.bench.latency.PeerLoad;
import java.util.List;

/**
 * Searching one content set with every engine, in one JVM, one engine after the other.
 *
 * @param label corpus size label
 * @param chunks chunks in the content set
 * @param queries distinct queries cycled
 * @param openMillis time to open faq-index's existing index and answer the first query
 * @param servingHeapBytes heap faq-index holds while serving (after a full collection, warm)
 * @param maxHeapBytes the JVM's heap limit
 * @param engines each engine's latency and throughput, faq-index first
 * @param peerLoads what loading the content into each peer cost
 * @param notRun engines that could not run at this size, each as {@code engine: reason} (out of memory, over the
 *     time budget)
 */
public record QueryFigures(String label, long chunks, int queries, double openMillis, long servingHeapBytes,
        long maxHeapBytes, List<LatencyFigures> engines, List<PeerLoad> peerLoads, List<String> notRun) {

    public QueryFigures {
        engines = List.copyOf(engines);
        peerLoads = List.copyOf(peerLoads);
        notRun = notRun == null ? List.of() : List.copyOf(notRun);
    }
}
