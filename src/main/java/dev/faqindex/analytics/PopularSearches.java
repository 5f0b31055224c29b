package dev.faqindex.analytics;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The searches people really make that found them answers, kept ready for the suggestions under a search box: the
 * public searches of the last {@link #WINDOW_DAYS} days that led at least {@link #MIN_CLIENTS} different clients to
 * open a hit and never found nothing ({@link SearchAnalytics#popularQueries}). Worked out again when a click has been
 * recorded since, at most once per {@code minInterval}; meanwhile, and while another thread works it out, the last
 * list answers. Thread-safe.
 */
public final class PopularSearches {

    /** Days of analytics looked at. */
    public static final int WINDOW_DAYS = 30;
    /** Different clients that must have found an answer with a search before it is suggested to others. */
    public static final int MIN_CLIENTS = 2;
    /** Searches kept, most clients first. */
    static final int KEPT = 500;

    private static final Logger LOG = LoggerFactory.getLogger(PopularSearches.class);

    private final SearchAnalytics analytics;
    private final Duration minInterval;
    private final LongSupplier nanoTime;
    private final ReentrantLock working = new ReentrantLock();
    private volatile List<String> queries = List.of();
    private volatile long clicksSeen = -1;
    private volatile long workedOutAt;

    /** Over {@code analytics}, worked out again at most once per {@code minInterval}. */
    public PopularSearches(SearchAnalytics analytics, Duration minInterval) {
        this(analytics, minInterval, System::nanoTime);
    }

    PopularSearches(SearchAnalytics analytics, Duration minInterval, LongSupplier nanoTime) {
        this.analytics = analytics;
        this.minInterval = minInterval;
        this.nanoTime = nanoTime;
    }

    /** The popular searches, most clients first; none when analytics are off. */
    public List<String> current() {
        if (!analytics.enabled()) {
            return List.of();
        }
        long clicks = analytics.clicksRecorded();
        boolean changed = clicks != clicksSeen;
        boolean due = clicksSeen < 0 || nanoTime.getAsLong() - workedOutAt >= minInterval.toNanos();
        if (changed && due && working.tryLock()) {
            try {
                workedOutAt = nanoTime.getAsLong();
                clicksSeen = clicks;
                queries = analytics.popularQueries(analytics.today().minusDays(WINDOW_DAYS - 1L), analytics.today(),
                        MIN_CLIENTS, KEPT).stream().map(PopularQuery::query).toList();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Working out the popular searches failed; the last ones are suggested meanwhile", e);
            } finally {
                working.unlock();
            }
        }
        return queries;
    }
}
