package dev.faqindex.replication;

import java.time.Duration;

/**
 * The background thread of a replica's link to its primary (following revisions, shipping analytics): a named daemon
 * thread that runs one loop, which checks {@link #running()} between rounds. Closing it ends the loop, interrupts a
 * wait in progress and waits up to a bound for the thread to finish.
 */
final class WorkerThread implements AutoCloseable {

    private final Thread thread;
    private final Duration joinWait;
    private volatile boolean stopped;

    WorkerThread(String name, Duration joinWait, Runnable loop) {
        this.thread = Thread.ofPlatform().name(name).daemon().unstarted(loop);
        this.joinWait = joinWait;
    }

    void start() {
        thread.start();
    }

    /** Whether the loop should go on. */
    boolean running() {
        return !stopped;
    }

    /** Ends the loop after its current round, from within it. */
    void stop() {
        stopped = true;
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        try {
            thread.join(joinWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
