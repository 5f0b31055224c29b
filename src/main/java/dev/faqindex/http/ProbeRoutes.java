package dev.faqindex.http;

import dev.faqindex.index.LiveIndex;
import dev.faqindex.metrics.ServerMetrics;
import dev.faqindex.search.SearchService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.Map;

/**
 * What operators and orchestrators poll: {@code GET /api/health} (liveness), {@code GET /api/ready} (readiness) and
 * {@code GET /metrics} (Prometheus).
 */
record ProbeRoutes(LiveIndex index, SearchService search, ServerMetrics metrics) {

    /** Liveness: the process answers. Says whether the index is loaded, but is 200 either way. */
    void health(Context ctx) throws IOException {
        ctx.json(Map.of("status", "ok", "ready", index.ready(), "chunks", search.chunkCount(AgentAccess.of(ctx))));
    }

    /** Readiness: 200 once a complete index serves, 503 while the first build runs. */
    void ready(Context ctx) throws IOException {
        if (index.ready()) {
            ctx.json(Map.of("status", "ready", "chunks", search.chunkCount(AgentAccess.of(ctx))));
        } else {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                    .json(Map.of("status", "loading", "chunks", 0));
        }
    }

    void metrics(Context ctx) throws IOException {
        ctx.contentType(metrics.contentType());
        metrics.write(ctx.outputStream());
    }
}
