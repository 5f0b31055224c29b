package dev.faqindex.http;

import dev.faqindex.content.ContentProblem;
import dev.faqindex.content.source.ContentFolder;
import dev.faqindex.index.IndexCommitInfo;
import dev.faqindex.index.IndexRefresh;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.index.ReindexRun;
import dev.faqindex.index.ReindexStatus;
import dev.faqindex.index.Reindexer;
import dev.faqindex.index.WatchStatus;
import dev.faqindex.rules.RuleProblem;
import dev.faqindex.search.SearchService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The operator's endpoints, behind {@link AdminGuard}: {@code GET /api/admin/status} (index, content problems,
 * reindex history) and {@code POST /api/admin/reindex} (rebuild in the background, or wait for it with
 * {@code wait=true}).
 */
record AdminRoutes(LiveIndex index, Reindexer reindexer, SearchService search,
        Supplier<Optional<WatchStatus>> watch) {

    /** Longest a {@code wait=true} reindex request is held before it answers 202 and the rebuild goes on. */
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(2);

    void status(Context ctx) throws IOException {
        Path contentDir = index.contentDir();
        List<ProblemView> problems = index.problems().stream().map(p -> ProblemView.of(p, contentDir)).toList();
        List<String> kept = index.commitInfo().map(IndexCommitInfo::keptPrevious).orElse(List.of());
        Optional<WatchStatus> watching = watch.get();
        ctx.json(new StatusView(index.ready(), IndexView.of(index), new ContentView(contentDir.toString(),
                watching.flatMap(WatchStatus::watching).isPresent(), watching.map(WatchView::of).orElse(null),
                problems, kept), ReindexView.of(reindexer.status()), QueryTimeView.of(search)));
    }

    void reindex(Context ctx) throws InterruptedException {
        QueryFields fields = new QueryFields(ctx);
        boolean force = fields.flag("force").orElse(false);
        boolean wait = fields.flag("wait").orElse(false);
        if (reindexer.refusal().isPresent()) {
            throw new ApiProblem(HttpStatus.CONFLICT, reindexer.refusal().get());
        }
        CompletableFuture<IndexRefresh> done = reindexer.request(force, "admin");
        if (!wait) {
            ctx.status(HttpStatus.ACCEPTED).json(new Accepted("queued", force));
            return;
        }
        try {
            IndexRefresh refresh = done.get(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            ctx.json(RefreshView.of(refresh));
        } catch (TimeoutException e) {
            ctx.status(HttpStatus.ACCEPTED).json(new Accepted("running", force));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "reindex failed, the previous index keeps serving: "
                    + cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    /** The body of a reindex that goes on in the background. */
    record Accepted(String status, boolean force) {
    }

    /** The body of {@code GET /api/admin/status}. */
    record StatusView(boolean ready, IndexView index, ContentView content, ReindexView reindex,
            QueryTimeView queryTime) {
    }

    /**
     * The files applied at query time, and why the one on disk is not in use when it is not.
     *
     * @param rules the query rules in use
     * @param rulesProblem the broken edit of {@code rules.yaml}, by line, while the last good rules stay; or null
     * @param synonymsProblem the broken edit of {@code synonyms.txt}, while the last good synonyms stay; or null
     */
    record QueryTimeView(int rules, RuleProblem rulesProblem, String synonymsProblem) {
        static QueryTimeView of(SearchService search) {
            return new QueryTimeView(search.rules().current().rules().size(), search.rules().problem().orElse(null),
                    search.synonyms().problem().orElse(null));
        }
    }

    /** The serving commit. */
    record IndexView(int chunks, int articles, String builtAt, boolean semantic, long sizeBytes, String fingerprint) {
        static IndexView of(LiveIndex index) throws IOException {
            long size = index.sizeInBytes();
            return index.commitInfo()
                    .map(info -> new IndexView(info.chunks(), info.articles(), info.builtAt().toString(), info.hasVectors(), size,
                            info.fingerprint()))
                    .orElse(new IndexView(0, 0, null, false, size, null));
        }
    }

    /**
     * The content folder and what is wrong in it.
     *
     * @param watched whether a folder is being watched for changes now
     * @param watch what the watcher watches; null when watching is off
     */
    record ContentView(String dir, boolean watched, WatchView watch, List<ProblemView> problems,
            List<String> servingLastGoodVersionOf) {
    }

    /** The content watcher: the folder it watches (links followed), how often it moved to a replaced one, why not. */
    record WatchView(String watching, int folders, int reattached, String lastReattachedAt, String problem) {
        static WatchView of(WatchStatus status) {
            return new WatchView(status.watching().orElse(null), status.folders(), status.reattached(),
                    status.lastReattachedAt().map(Object::toString).orElse(null), status.problem().orElse(null));
        }
    }

    /** One content problem, its file relative to the content folder (or to where a linked folder points). */
    record ProblemView(String file, int line, String message) {
        static ProblemView of(ContentProblem problem, Path contentDir) {
            Path file = problem.file();
            Path real = ContentFolder.resolved(contentDir);
            String shown = file.startsWith(contentDir) ? contentDir.relativize(file).toString()
                    : file.startsWith(real) ? real.relativize(file).toString() : file.toString();
            return new ProblemView(shown, problem.line(), problem.message());
        }
    }

    /**
     * Background reindexing.
     *
     * @param failingInARow runs failed since the last success
     * @param retryAt when a failed run is tried again; null when none waits
     */
    record ReindexView(boolean running, boolean queued, long completed, long failed, RunView last,
            RunView lastFailure, int failingInARow, String retryAt) {
        static ReindexView of(ReindexStatus status) {
            return new ReindexView(status.running(), status.queued(), status.completed(), status.failed(),
                    status.last().map(RunView::of).orElse(null), status.lastFailure().map(RunView::of).orElse(null),
                    status.failingInARow(), status.retryAt().map(Object::toString).orElse(null));
        }
    }

    /** One reindex run. */
    record RunView(String reason, boolean force, String startedAt, long tookMs, RefreshView result, String error) {
        static RunView of(ReindexRun run) {
            return new RunView(run.reason(), run.force(), run.startedAt().toString(), run.tookMs(),
                    run.refresh().map(RefreshView::of).orElse(null), run.error().orElse(null));
        }
    }

    /** What a refresh did. */
    record RefreshView(boolean rebuilt, int chunks, int articles, int problems, List<String> servingLastGoodVersionOf,
            long tookMs, int embedded, int embeddingsReused) {
        static RefreshView of(IndexRefresh refresh) {
            return new RefreshView(refresh.rebuilt(), refresh.chunks(), refresh.articles(), refresh.problems().size(),
                    refresh.keptPrevious(), refresh.tookMs(), refresh.embedded(), refresh.embeddingsReused());
        }
    }
}
