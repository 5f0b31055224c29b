package dev.faqindex.index;

import java.io.Closeable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link LiveIndex#refresh} in the background, one at a time, while the index keeps serving its current
 * commit. Requests made while one is waiting join it (a burst of file events gives one rebuild); a request made while
 * one runs queues one more, so a change saved during a rebuild is never missed. A failed rebuild leaves the previous
 * commit serving and is reported in {@link #status()}.
 */
public final class Reindexer implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);

    private final LiveIndex index;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
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

    public Reindexer(LiveIndex index) {
        this.index = index;
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
                Optional.ofNullable(lastFailure));
    }

    private void runNext() {
        Job job;
        synchronized (this) {
            job = queued;
            queued = null;
            running = job;
        }
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
            LOG.error("Reindex ({}) failed; the previous index keeps serving", job.reason, e);
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
            } else {
                failed++;
                lastFailure = run;
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
