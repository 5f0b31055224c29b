package dev.faqindex.replication;

import dev.faqindex.analytics.AnalyticsOutbox;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ships a replica's analytics to its primary, so that the primary's one report counts every replica's searches: the
 * replica records into its own day files as any server does, and this sends the lines its {@link AnalyticsOutbox}
 * holds, forgetting them once the primary has written them. While the primary is away the lines wait on disk (bounded
 * by the retention period only) and go when it is back, across restarts of either.
 */
public final class AnalyticsShipper implements Closeable {

    /** Lines sent per request, at most. */
    static final int BATCH = 1000;
    private static final Duration IDLE = Duration.ofSeconds(1);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsShipper.class);

    private final AnalyticsOutbox outbox;
    private final PrimaryClient primary;
    private final WorkerThread worker;

    private AnalyticsShipper(AnalyticsOutbox outbox, PrimaryClient primary) {
        this.outbox = outbox;
        this.primary = primary;
        this.worker = new WorkerThread("faq-index-analytics-shipper", Duration.ofSeconds(5), this::ship);
    }

    /** Starts shipping the day files of {@code outbox} to the primary at {@code primaryAddress}. */
    public static AnalyticsShipper start(AnalyticsOutbox outbox, String primaryAddress, ReplicationToken token) {
        AnalyticsShipper shipper = new AnalyticsShipper(outbox, new PrimaryClient(primaryAddress, token));
        shipper.worker.start();
        return shipper;
    }

    private void ship() {
        Duration pause = IDLE;
        boolean failing = false;
        while (worker.running()) {
            try {
                boolean full = sendOnce();
                if (failing) {
                    LOG.info("Analytics reach the primary again");
                }
                failing = false;
                pause = IDLE;
                if (full) {
                    continue; // more are waiting
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                if (!failing) {
                    LOG.warn("Analytics could not be sent to the primary ({}); they wait on disk and go later",
                            e.toString());
                }
                failing = true;
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Sends one batch; returns whether it was full (more may wait). */
    private boolean sendOnce() throws IOException, InterruptedException {
        List<AnalyticsOutbox.Line> lines = outbox.pending(BATCH);
        if (lines.isEmpty()) {
            return false;
        }
        primary.analytics(Map.of("replica", outbox.replicaId(), "lines", lines));
        outbox.acknowledge(lines);
        return lines.size() == BATCH;
    }

    /** Stops shipping; what is not sent yet goes after the next start. */
    @Override
    public void close() {
        worker.close();
    }
}
