package dev.faqindex.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one part of a search on another core while the calling thread does another part, so that a single search over
 * a large index uses two cores (counting facets beside ranking). A part no thread has started by the time the caller
 * needs it is taken back and run by the caller, so a busy server never waits in a queue: under full load every part
 * runs on its request's own thread, as without this class.
 */
final class SideTasks implements AutoCloseable {

    /** Work that may throw {@link IOException}. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException;
    }

    private final ThreadPoolExecutor threads;

    SideTasks() {
        AtomicInteger made = new AtomicInteger();
        int cores = Runtime.getRuntime().availableProcessors();
        this.threads = new ThreadPoolExecutor(cores, cores, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "search-side-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        threads.allowCoreThreadTimeOut(true); // no idle threads kept by a server that rarely forks
    }

    /** Starts {@code work} on another thread when one is free; {@link Forked#join()} returns its result. */
    <T> Forked<T> fork(Work<T> work) {
        Forked<T> forked = new Forked<>(work);
        threads.execute(forked::runIfUnclaimed);
        return forked;
    }

    @Override
    public void close() {
        threads.shutdown();
    }

    /** One forked part of a search. */
    static final class Forked<T> {
        private final Work<T> work;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<T> result = new CompletableFuture<>();

        private Forked(Work<T> work) {
            this.work = work;
        }

        /** Work that is not handed to another thread: {@link #join()} does it. */
        static <T> Forked<T> onCaller(Work<T> work) {
            return new Forked<>(work);
        }

        private void runIfUnclaimed() {
            if (claimed.compareAndSet(false, true)) {
                try {
                    result.complete(work.run());
                } catch (IOException | RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            }
        }

        /** The result: waits for the other thread if it started the work, else does the work on this thread. */
        T join() throws IOException {
            if (claimed.compareAndSet(false, true)) {
                return work.run();
            }
            try {
                return result.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new UncheckedIOException(new IOException(cause));
            }
        }
    }
}
