package dev.faqindex.bench.http;

/**
 * What one wrk run measured.
 *
 * @param path the endpoint (the search runs cycle through many queries)
 * @param requests requests completed
 * @param seconds duration of the run
 * @param errors socket errors and responses that were not 2xx or 3xx
 * @param meanMs mean latency
 * @param p50Ms median latency
 * @param p90Ms 90th percentile
 * @param p99Ms 99th percentile
 * @param maxMs slowest request
 * @param repeated requests that repeated a path already sent in a run meant to send each path once (0 otherwise)
 */
public record WrkFigures(String path, long requests, double seconds, long errors, double meanMs, double p50Ms,
        double p90Ms, double p99Ms, double maxMs, long repeated) {

    /** Requests per second. */
    public double requestsPerSecond() {
        return requests / seconds;
    }
}
