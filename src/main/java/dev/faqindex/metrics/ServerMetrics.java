package dev.faqindex.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.DoubleSupplier;

/**
 * The metrics of one server, in its own registry (no global state, so several servers in one JVM stay apart):
 * requests and their latency per endpoint, index size and chunk count, reindex runs and their duration, search
 * outcomes, analytics events dropped, and the JVM's own (heap, GC, threads). Written in Prometheus' text format for
 * {@code GET /metrics}.
 */
public final class ServerMetrics {

    /** Latency buckets in seconds: fine below 10 ms where a search should be, coarse up to the 10 s slow tail. */
    private static final double[] LATENCY_BUCKETS = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5,
        1, 2.5, 5, 10};
    private static final double[] REINDEX_BUCKETS = {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600};

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
    private final Counter requests;
    private final Histogram latency;
    private final Counter reindexes;
    private final Histogram reindexDuration;
    private final Counter searches;

    public ServerMetrics() {
        requests = Counter.builder()
                .name("faqindex_http_requests_total")
                .help("HTTP requests answered, by endpoint (route template), method (other for non-standard ones) and"
                        + " status code")
                .labelNames("endpoint", "method", "status")
                .register(registry);
        latency = Histogram.builder()
                .name("faqindex_http_request_duration_seconds")
                .help("Time to answer an HTTP request, by endpoint (route template)")
                .labelNames("endpoint")
                .classicOnly()
                .classicUpperBounds(LATENCY_BUCKETS)
                .register(registry);
        reindexes = Counter.builder()
                .name("faqindex_reindex_total")
                .help("Reindex runs, by result (rebuilt, unchanged, failed)")
                .labelNames("result")
                .register(registry);
        reindexDuration = Histogram.builder()
                .name("faqindex_reindex_duration_seconds")
                .help("Time a reindex run took, whatever its result")
                .classicOnly()
                .classicUpperBounds(REINDEX_BUCKETS)
                .register(registry);
        searches = Counter.builder()
                .name("faqindex_searches_total")
                .help("Searches answered, by source (search, retrieve, mcp), mode and outcome (hits, zero_results)")
                .labelNames("source", "mode", "outcome")
                .register(registry);
    }

    /**
     * Adds the JVM's own metrics (heap, GC, threads, class loading). Reading them the first time loads JMX, which
     * takes a few hundred milliseconds, so a server does this after it has started answering.
     */
    public void registerJvmMetrics() {
        JvmMetrics.builder().register(registry);
    }

    /**
     * Counts one answered HTTP request that took {@code nanos}. {@code endpoint} must come from a fixed set (route
     * templates); a method that is not a standard one is counted as {@value MethodLabel#OTHER}.
     */
    public void recordRequest(String endpoint, String method, int status, long nanos) {
        requests.labelValues(endpoint, MethodLabel.of(method), Integer.toString(status)).inc();
        latency.labelValues(endpoint).observe(nanos / 1e9);
    }

    /** Counts one reindex run. */
    public void recordReindex(String result, long millis) {
        reindexes.labelValues(result).inc();
        reindexDuration.observe(millis / 1e3);
    }

    /** Counts one answered search. */
    public void recordSearch(String source, String mode, long hits) {
        searches.labelValues(source, mode, hits == 0 ? "zero_results" : "hits").inc();
    }

    /** Adds a gauge read from {@code value} at every scrape. */
    public void gauge(String name, String help, DoubleSupplier value) {
        GaugeWithCallback.builder().name(name).help(help).callback(cb -> cb.call(value.getAsDouble())).register(registry);
    }

    /** Adds a counter read from {@code value} at every scrape (a count kept elsewhere that only grows). */
    public void counter(String name, String help, DoubleSupplier value) {
        CounterWithCallback.builder().name(name).help(help).callback(cb -> cb.call(value.getAsDouble()))
                .register(registry);
    }

    /** The content type of {@link #write}'s output. */
    public String contentType() {
        return writer.getContentType();
    }

    /** Writes every metric in Prometheus' text format. */
    public void write(OutputStream out) throws IOException {
        writer.write(out, registry.scrape());
    }
}
