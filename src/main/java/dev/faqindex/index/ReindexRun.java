package dev.faqindex.index;

import java.time.Instant;
import java.util.Optional;

/**
 * One background reindex as it ended.
 *
 * @param reason what asked for it ({@code start-up}, {@code content change}, {@code admin})
 * @param force whether it rebuilt even if the content was unchanged
 * @param startedAt when it started
 * @param tookMs how long it ran
 * @param refresh what it did, when it succeeded
 * @param error why it failed, when it failed (the previous commit then keeps serving)
 */
public record ReindexRun(String reason, boolean force, Instant startedAt, long tookMs, Optional<IndexRefresh> refresh,
        Optional<String> error) {

    public boolean succeeded() {
        return refresh.isPresent();
    }
}
