package dev.faqindex.http;

import dev.faqindex.index.LiveIndex;
import dev.faqindex.index.ReindexRun;
import dev.faqindex.index.ReindexStatus;
import dev.faqindex.index.Reindexer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the server can truthfully say about its index to clients and probes: whether a complete index serves; if not,
 * whether the first build is still running or failed (and why, and when it is tried again); if so, whether the
 * latest rebuild failed, leaving the previous index serving.
 */
record Readiness(LiveIndex index, Reindexer reindexer) {

    boolean ready() {
        return index.ready();
    }

    /** Whether no index serves yet because building the first one failed (it is tried again). */
    boolean buildFailed() {
        return !index.ready() && reindexer.status().failing();
    }

    /** Why searches cannot be answered yet, for a 503. */
    String notReadyMessage() {
        ReindexStatus status = reindexer.status();
        if (status.failing()) {
            return "the index could not be built: " + error(status) + retry(status);
        }
        return "the index is being built; retry shortly";
    }

    /** When the index serves but its latest rebuild failed: what failed, and that the previous index serves. */
    Optional<String> warning() {
        ReindexStatus status = reindexer.status();
        if (!index.ready() || !status.failing()) {
            return Optional.empty();
        }
        return Optional.of("the latest reindex failed, the previous index keeps serving: " + error(status)
                + retry(status));
    }

    /** Seconds a client should wait before asking again. */
    long retryAfterSeconds() {
        return reindexer.status().retryAt()
                .map(at -> Math.max(1, Duration.between(Instant.now(), at).toSeconds() + 1)).orElse(1L);
    }

    private static String error(ReindexStatus status) {
        return status.last().flatMap(ReindexRun::error).orElse("unknown error");
    }

    private static String retry(ReindexStatus status) {
        return status.retryAt().map(at -> "; trying again in "
                + Math.max(1, Duration.between(Instant.now(), at).toSeconds()) + " s").orElse("");
    }
}
