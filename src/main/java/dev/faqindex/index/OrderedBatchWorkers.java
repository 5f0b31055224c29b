package dev.faqindex.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.util.IOConsumer;

/**
 * Runs batch jobs (embedding a batch of chunks) on worker threads while the submitting thread goes on reading the
 * next batch, and hands each result to a sink on the submitting thread, in the order the jobs were submitted: the
 * output is the same as running them one after the other, only sooner. At most twice as many jobs as workers are
 * pending at once ({@link #submit} first hands over the oldest), so memory stays bounded however long the stream.
 *
 * <p>With no workers each job runs in {@link #submit} itself. Not thread-safe: one thread submits.
 */
final class OrderedBatchWorkers<T> implements AutoCloseable {

    private static final long SHUTDOWN_WAIT_SECONDS = 30;

    private final ExecutorService executor;
    private final int maxPending;
    private final IOConsumer<T> sink;
    private final Deque<Future<T>> pending = new ArrayDeque<>();

    /**
     * @param threadName prefix of the worker threads' names
     * @param workers    worker threads; 0 runs every job on the submitting thread
     * @param sink       receives the results in submission order, on the submitting thread
     */
    OrderedBatchWorkers(String threadName, int workers, IOConsumer<T> sink) {
        if (workers < 0) {
            throw new IllegalArgumentException("workers must be 0 or more, not " + workers);
        }
        this.sink = sink;
        this.maxPending = 2 * workers;
        this.executor = workers == 0 ? null
                : Executors.newFixedThreadPool(workers, Thread.ofPlatform().name(threadName, 1).daemon().factory());
    }

    /** Queues a job; when the queue is full, first waits for the oldest job and hands its result to the sink. */
    void submit(Callable<T> job) throws IOException {
        if (executor == null) {
            sink.accept(run(job));
            return;
        }
        while (pending.size() >= maxPending) {
            handOverOldest();
        }
        pending.add(executor.submit(job));
    }

    /** Waits for every queued job and hands their results to the sink, in order. */
    void finish() throws IOException {
        while (!pending.isEmpty()) {
            handOverOldest();
        }
    }

    /** Jobs submitted and not yet handed to the sink. */
    int pending() {
        return pending.size();
    }

    private void handOverOldest() throws IOException {
        Future<T> oldest = pending.poll();
        T result;
        try {
            result = oldest.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a batch");
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
        sink.accept(result);
    }

    private static <T> T run(Callable<T> job) throws IOException {
        try {
            return job.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static IOException rethrown(Throwable cause) {
        switch (cause) {
            case IOException io -> {
                return io;
            }
            case RuntimeException runtime -> throw runtime;
            case Error error -> throw error;
            default -> {
                return new IOException(cause);
            }
        }
    }

    /** Drops jobs not handed over (after a failure) and stops the workers, waiting a bounded time for running ones. */
    @Override
    public void close() throws IOException {
        if (executor == null) {
            return;
        }
        pending.forEach(job -> job.cancel(false));
        pending.clear();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
