package dev.faqindex.index;

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
 */
public record ReindexStatus(boolean running, boolean queued, long completed, long failed, Optional<ReindexRun> last,
        Optional<ReindexRun> lastFailure) {
}
