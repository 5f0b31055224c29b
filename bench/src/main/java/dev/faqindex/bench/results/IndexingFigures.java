package dev.faqindex.bench.results;

/**
 * Building one index from a generated content set.
 *
 * @param label corpus size label ({@code 10k}, {@code 1M})
 * @param chunks chunks indexed
 * @param contentBytes bytes of the content files
 * @param semantic whether chunks were embedded
 * @param seconds wall-clock time of the build (reading, parsing, indexing, committing)
 * @param indexBytes size of the index folder
 * @param maxHeapBytes the JVM's heap limit ({@code -Xmx})
 * @param peakHeapAfterGcBytes highest heap use seen after a garbage collection during the build
 */
public record IndexingFigures(String label, long chunks, long contentBytes, boolean semantic, double seconds,
        long indexBytes, long maxHeapBytes, long peakHeapAfterGcBytes) {

    /** Chunks indexed per second. */
    public double chunksPerSecond() {
        return chunks / seconds;
    }
}
