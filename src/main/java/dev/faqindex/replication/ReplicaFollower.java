package dev.faqindex.replication;

import dev.faqindex.index.LiveIndex;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A replica's link to its primary: asks for the primary's revision (a long poll, answered as soon as the primary
 * commits), installs each new one ({@link RevisionInstaller}), and tells the index when it may say it is ready: once
 * the first revision since start-up is open, or, when the primary cannot be reached, at once with the revision already
 * on disk (a replica that restarts while the primary is away serves what it has). While the primary is away the
 * replica keeps serving its last revision and asks again with growing pauses (up to {@link #MAX_PAUSE}).
 */
public final class ReplicaFollower implements Closeable {

    /** How long one revision request waits for a new commit on the primary. */
    static final Duration LONG_POLL = Duration.ofSeconds(20);
    static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    static final Duration MAX_PAUSE = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaFollower.class);

    private final LiveIndex index;
    private final PrimaryClient primary;
    private final RevisionInstaller installer;
    private final WorkerThread worker;
    private volatile Optional<Revision> installed = Optional.empty();
    private volatile Optional<Instant> lastContact = Optional.empty();
    private volatile Optional<String> lastError = Optional.empty();

    private ReplicaFollower(LiveIndex index, String primaryAddress, ReplicationToken token) {
        this.index = index;
        this.primary = new PrimaryClient(primaryAddress, token);
        this.installer = new RevisionInstaller(index);
        this.worker = new WorkerThread("faq-index-replica", Duration.ofSeconds(10), this::follow);
    }

    /** Starts following the primary at {@code primaryAddress} into {@code index} (opened as a replica). */
    public static ReplicaFollower start(LiveIndex index, String primaryAddress, ReplicationToken token) {
        ReplicaFollower follower = new ReplicaFollower(index, primaryAddress, token);
        follower.worker.start();
        return follower;
    }

    /** The revision serving now, once one was installed since start-up. */
    public Optional<Revision> installed() {
        return installed;
    }

    /** When the primary last answered. */
    public Optional<Instant> lastContact() {
        return lastContact;
    }

    /** Why the last attempt to reach or copy from the primary failed, if it did. */
    public Optional<String> lastError() {
        return lastError;
    }

    private void follow() {
        Duration pause = FIRST_PAUSE;
        String known = "";
        while (worker.running()) {
            try {
                Revision revision = primary.revision(known, known.isEmpty() ? Duration.ZERO : LONG_POLL);
                lastContact = Optional.of(Instant.now());
                if (!revision.id().equals(known)) {
                    long start = System.nanoTime();
                    RevisionInstaller.Installed copied = installer.install(revision, primary);
                    installed = Optional.of(revision);
                    LOG.info("Revision {} serving: {} index and {} content files copied ({} bytes) in {} ms",
                            revision.id(), copied.indexFilesCopied(), copied.contentFilesCopied(),
                            copied.bytesCopied(), (System.nanoTime() - start) / 1_000_000);
                    known = revision.id();
                }
                index.releaseReadiness();
                lastError = Optional.empty();
                pause = FIRST_PAUSE;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RevisionGoneException e) {
                LOG.info("{}; asking for the newer revision", e.getMessage());
                known = "";
            } catch (IOException | RuntimeException e) {
                if (!worker.running()) {
                    return;
                }
                if (!lastError.equals(Optional.of(e.toString()))) {
                    LOG.warn("Cannot copy from the primary at {} ({}); serving the revision on disk and trying again",
                            primary.address(), e.toString());
                }
                lastError = Optional.of(e.toString());
                known = "";
                index.releaseReadiness(); // ready with what is on disk, if it holds a complete commit
                pause = sleep(pause);
            }
        }
    }

    private Duration sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.stop();
        }
        Duration next = pause.multipliedBy(2);
        return next.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : next;
    }

    /** Stops following; the index keeps what it has. */
    @Override
    public void close() {
        worker.close();
    }
}
