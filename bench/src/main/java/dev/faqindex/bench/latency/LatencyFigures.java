package dev.faqindex.bench.latency;

/**
 * One engine's measured latency and throughput.
 *
 * @param engine engine name
 * @param calls timed calls behind the percentiles
 * @param meanMs mean latency, one thread
 * @param p50Ms median latency, one thread
 * @param p90Ms 90th percentile
 * @param p99Ms 99th percentile
 * @param maxMs slowest call
 * @param threads threads of the throughput run
 * @param queriesPerSecond queries answered per second with {@code threads} threads busy
 */
public record LatencyFigures(String engine, long calls, double meanMs, double p50Ms, double p90Ms, double p99Ms,
        double maxMs, int threads, double queriesPerSecond) {
}
