package dev.faqindex.bench.latency;

/**
 * What loading a content set into a peer cost.
 *
 * @param engine engine name
 * @param chunks rows loaded
 * @param seconds wall-clock time to load and index them
 * @param bytes size of the table and its indexes
 */
public record PeerLoad(String engine, long chunks, double seconds, long bytes) {
}
