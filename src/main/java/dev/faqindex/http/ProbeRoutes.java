package dev.faqindex.http;

import dev.faqindex.index.LiveIndex;
import dev.faqindex.metrics.ServerMetrics;
import dev.faqindex.search.SearchService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What operators and orchestrators poll: {@code GET /api/health} (liveness), {@code GET /api/ready} (readiness, as
 * {@link Readiness} tells it) and {@code GET /metrics} (Prometheus).
 */
record ProbeRoutes(LiveIndex index, Readiness readiness, SearchService search, ServerMetrics metrics) {

    /** Liveness: the process answers. Says whether the index is loaded, but is 200 either way. */
    void health(Context ctx) throws IOException {
        ctx.json(Map.of("status", "ok", "ready", index.ready(), "chunks", search.chunkCount(AgentAccess.of(ctx))));
    }

    /**
     * Readiness: 200 once a complete index serves (with a {@code warning} when the latest rebuild failed and the
     * previous index serves on), 503 while the first build runs ({@code loading}) or after it failed
     * ({@code failing}, with the error and when it is tried again).
     */
    void ready(Context ctx) throws IOException {
        if (readiness.ready()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "ready");
            body.put("chunks", search.chunkCount(AgentAccess.of(ctx)));
            readiness.warning().ifPresent(warning -> body.put("warning", warning));
            ctx.json(body);
        } else {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", Long.toString(readiness.retryAfterSeconds()))
                    .json(Map.of("status", readiness.buildFailed() ? "failing" : "loading", "chunks", 0,
                            "message", readiness.notReadyMessage()));
        }
    }

    void metrics(Context ctx) throws IOException {
        ctx.contentType(metrics.contentType());
        metrics.write(ctx.outputStream());
    }
}
