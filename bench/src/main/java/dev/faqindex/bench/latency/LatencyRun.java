package dev.faqindex.bench.latency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.Histogram;

/**
 * Measures a {@link PageEngine}: a warm-up, then one thread cycling through the queries with every call timed
 * (percentiles), then {@code threads} threads cycling at once for the throughput. Each phase runs for its duration
 * and at least one whole pass over the queries, so every query counts.
 *
 * @param queries the queries, cycled in order
 * @param warmUp untimed time first
 * @param measure time of each timed phase
 * @param threads threads of the throughput phase
 */
public record LatencyRun(List<String> queries, Duration warmUp, Duration measure, int threads) {

    private static final long MAX_TRACKED_MICROS = Duration.ofMinutes(5).toNanos() / 1000;

    public LatencyRun {
        queries = List.copyOf(queries);
        if (queries.isEmpty() || threads < 1) {
            throw new IllegalArgumentException("a latency run needs queries and at least one thread");
        }
    }

    /** Runs all phases on {@code engine}. */
    public LatencyFigures measure(PageEngine engine) throws Exception {
        Histogram histogram = new Histogram(MAX_TRACKED_MICROS, 3);
        try (PageEngine.Session session = engine.open()) {
            cycle(session, warmUp, 0, null);
            cycle(session, measure, 0, histogram);
        }
        return figures(engine.name(), histogram, threads, throughput(engine));
    }

    /**
     * The figures of calls timed elsewhere (a peer that times itself, such as Orama inside Node): their times in
     * microseconds, and the throughput measured with {@code threads}.
     */
    public static LatencyFigures figures(String engine, double[] micros, int threads, double queriesPerSecond) {
        Histogram histogram = new Histogram(MAX_TRACKED_MICROS, 3);
        for (double value : micros) {
            histogram.recordValue(Math.min(MAX_TRACKED_MICROS, (long) value));
        }
        return figures(engine, histogram, threads, queriesPerSecond);
    }

    private static LatencyFigures figures(String engine, Histogram histogram, int threads, double queriesPerSecond) {
        return new LatencyFigures(engine, histogram.getTotalCount(), histogram.getMean() / 1000,
                millis(histogram, 50), millis(histogram, 90), millis(histogram, 99),
                histogram.getMaxValue() / 1000.0, threads, queriesPerSecond);
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    private double throughput(PageEngine engine) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Long>> counts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * queries.size() / threads;
                counts.add(pool.submit(() -> {
                    try (PageEngine.Session session = engine.open()) {
                        return cycle(session, measure, offset, null);
                    }
                }));
            }
            long calls = 0;
            for (Future<Long> count : counts) {
                calls += count.get();
            }
            return calls / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Calls the session with the queries in turn, from {@code offset}, for {@code duration} and at least one pass;
     * records each call in {@code histogram} when given. Returns the number of calls.
     */
    private long cycle(PageEngine.Session session, Duration duration, int offset, Histogram histogram)
            throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        long calls = 0;
        while (calls < queries.size() || System.nanoTime() < end) {
            String query = queries.get((int) ((offset + calls) % queries.size()));
            long start = System.nanoTime();
            session.page(query);
            if (histogram != null) {
                histogram.recordValue(Math.min(MAX_TRACKED_MICROS, (System.nanoTime() - start) / 1000));
            }
            calls++;
        }
        return calls;
    }
}
