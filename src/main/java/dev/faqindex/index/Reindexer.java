package dev.faqindex.index;

import java.io.Closeable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link LiveIndex#refresh} in the background, one at a time, while the index keeps serving its current
 * commit. Requests made while one is waiting join it (a burst of file events gives one rebuild); a request made while
 * one runs queues one more, so a change saved during a rebuild is never missed. A failed rebuild leaves the previous
 * commit serving, is reported in {@link #status()}, and is tried again after a back-off that doubles from
 * {@link #FIRST_RETRY} up to {@link #LAST_RETRY} while it keeps failing (a full or read-only disk that recovers, a
 * content folder that comes back), without anyone asking.
 */
public final class Reindexer implements Closeable {

    /** The wait before retrying a failed rebuild the first time. */
    public static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    /** The longest wait between retries. */
    public static final Duration LAST_RETRY = Duration.ofMinutes(5);

    /** The reason of a run that retries a failed one. */
    static final String RETRY_REASON = "retry after a failure";

    private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);

    private final LiveIndex index;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "faq-index-reindex");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Consumer<ReindexRun>> listeners = new CopyOnWriteArrayList<>();
    private Job queued;
    private Job running;
    private long completed;
    private long failed;
    private ReindexRun last;
    private ReindexRun lastFailure;
    private int consecutiveFailures;
    private ScheduledFuture<?> retry;
    private Instant retryAt;
    private final Optional<String> refusal;

    public Reindexer(LiveIndex index) {
        this(index, Optional.empty());
    }

    private Reindexer(LiveIndex index, Optional<String> refusal) {
        this.index = index;
        this.refusal = refusal;
    }

    /** A reindexer that never rebuilds {@code index} (a replica's, whose commits are copied), saying {@code why}. */
    public static Reindexer refusing(LiveIndex index, String why) {
        return new Reindexer(index, Optional.of(why));
    }

    /** Why this reindexer never rebuilds; empty for one that does. */
    public Optional<String> refusal() {
        return refusal;
    }

    /** Calls {@code listener} after every run, on the reindexing thread. */
    public void onRun(Consumer<ReindexRun> listener) {
        listeners.add(listener);
    }

    /**
     * Asks for a reindex; the future completes when a run that started after this call has finished (exceptionally
     * when it failed).
     *
     * @param force rebuild even if the content is unchanged
     * @param reason shown in the status and log
     */
    public synchronized CompletableFuture<IndexRefresh> request(boolean force, String reason) {
        if (refusal.isPresent()) {
            return CompletableFuture.failedFuture(new IllegalStateException(refusal.get()));
        }
        if (queued != null) {
            queued.force |= force;
            return queued.future;
        }
        Job job = new Job(force, reason);
        try {
            worker.execute(this::runNext);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new IllegalStateException("the server is shutting down"));
        }
        queued = job;
        return job.future;
    }

    /** What the reindexer is doing and has done. */
    public synchronized ReindexStatus status() {
        return new ReindexStatus(running != null, queued != null, completed, failed, Optional.ofNullable(last),
                Optional.ofNullable(lastFailure), consecutiveFailures, Optional.ofNullable(retryAt));
    }

    /** After a failed run: tries again once the back-off has passed, unless another run is asked for first. */
    private synchronized void scheduleRetry(Job failed) {
        long backoff = Math.min(LAST_RETRY.toMillis(),
                FIRST_RETRY.toMillis() << Math.min(20, consecutiveFailures - 1));
        retryAt = Instant.now().plusMillis(backoff);
        try {
            retry = worker.schedule(() -> {
                synchronized (this) {
                    retry = null;
                    retryAt = null;
                }
                request(failed.force, RETRY_REASON);
            }, backoff, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            retryAt = null; // shutting down
        }
        LOG.warn("Reindex ({}) will be tried again in {} ms ({} failures in a row)", failed.reason, backoff,
                consecutiveFailures);
    }

    private synchronized void cancelRetry() {
        if (retry != null) {
            retry.cancel(false);
            retry = null;
            retryAt = null;
        }
    }

    private void runNext() {
        Job job;
        synchronized (this) {
            job = queued;
            queued = null;
            running = job;
        }
        cancelRetry();
        Instant started = Instant.now();
        long start = System.nanoTime();
        ReindexRun run;
        try {
            IndexRefresh refresh = index.refresh(job.force);
            run = new ReindexRun(job.reason, job.force, started, elapsedMs(start), Optional.of(refresh), Optional.empty());
            LOG.info("Reindex ({}): {} {} chunks from {} articles in {} ms; content: {}", job.reason,
                    refresh.rebuilt() ? "rebuilt" : "unchanged,", refresh.chunks(), refresh.articles(),
                    run.tookMs(), refresh.tally().summary());
            finish(job, run);
            job.future.complete(refresh);
        } catch (Exception | OutOfMemoryError e) {
            run = new ReindexRun(job.reason, job.force, started, elapsedMs(start), Optional.empty(),
                    Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage()));
            if (status().failingInARow() == 0) {
                LOG.error("Reindex ({}) failed; the previous index keeps serving", job.reason, e);
            } else {
                LOG.error("Reindex ({}) failed again; the previous index keeps serving: {}", job.reason,
                        run.error().orElse(""));
            }
            finish(job, run);
            job.future.completeExceptionally(e);
        }
    }

    private void finish(Job job, ReindexRun run) {
        synchronized (this) {
            running = null;
            last = run;
            if (run.succeeded()) {
                completed++;
                consecutiveFailures = 0;
            } else {
                failed++;
                lastFailure = run;
                consecutiveFailures++;
                if (queued == null) {
                    scheduleRetry(job);
                }
            }
        }
        for (Consumer<ReindexRun> listener : listeners) {
            try {
                listener.accept(run);
            } catch (RuntimeException e) {
                LOG.warn("A reindex listener failed", e);
            }
        }
    }

    /**
     * Stops taking requests and interrupts a run in progress (its partial build is discarded, the previous commit
     * stays), waiting a few seconds for it to end.
     */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("A reindex was still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static final class Job {
        private final CompletableFuture<IndexRefresh> future = new CompletableFuture<>();
        private final String reason;
        private boolean force;

        Job(boolean force, String reason) {
            this.force = force;
            this.reason = reason;
        }
    }
}
