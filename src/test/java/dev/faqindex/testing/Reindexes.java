package dev.faqindex.testing;

import dev.faqindex.index.IndexRefresh;
import dev.faqindex.index.ReindexRun;
import dev.faqindex.index.Reindexer;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/** Waits for background reindexing by listening to the reindexer, never by sleeping. */
public final class Reindexes {

    private Reindexes() {
    }

    /** Completes with the first later run that failed. */
    public static CompletableFuture<ReindexRun> nextFailure(Reindexer reindexer) {
        CompletableFuture<ReindexRun> future = new CompletableFuture<>();
        reindexer.onRun(run -> {
            if (!run.succeeded()) {
                future.complete(run);
            }
        });
        return future;
    }

    /** Completes with the first later run whose refresh matches {@code wanted}. */
    public static CompletableFuture<IndexRefresh> next(Reindexer reindexer, Predicate<IndexRefresh> wanted) {
        CompletableFuture<IndexRefresh> future = new CompletableFuture<>();
        reindexer.onRun(run -> run.refresh().filter(wanted).ifPresent(future::complete));
        return future;
    }
}
