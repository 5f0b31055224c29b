package dev.faqindex.index;

import java.time.Instant;
import java.util.Optional;

/**
 * What the {@link Reindexer} is doing and has done since the server started.
 *
 * @param running whether a reindex runs now
 * @param queued whether another one waits to run
 * @param completed runs that succeeded
 * @param failed runs that failed
 * @param last the latest run
 * @param lastFailure the latest failed run
 * @param failingInARow runs that failed since the last that succeeded
 * @param retryAt when a failed run will be tried again; empty when none waits
 */
public record ReindexStatus(boolean running, boolean queued, long completed, long failed, Optional<ReindexRun> last,
        Optional<ReindexRun> lastFailure, int failingInARow, Optional<Instant> retryAt) {

    /** Whether the latest run failed (and the previous commit, if any, is what serves). */
    public boolean failing() {
        return last.isPresent() && !last.get().succeeded();
    }
}
