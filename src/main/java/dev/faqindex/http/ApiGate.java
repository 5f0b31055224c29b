package dev.faqindex.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Set;

/**
 * What every {@code /api/} request passes before its route (after the per-client rate limit every path passes,
 * {@link RateLimitFilter}): the client is remembered for the routes ({@link ClientAddress}); on {@code /api/admin/...}
 * the admin token, on {@code /api/replication/...} nothing more (its routes check the replication token, which is no
 * agent's), elsewhere the agent token when one is sent ({@link AgentAccess}); then a 503 until the first index is
 * ready, saying whether it is being built or why it could not be ({@link Readiness}). The health and readiness
 * probes always get through.
 */
record ApiGate(Readiness readiness, AdminGuard guard, AgentAccess agents, ClientAddress clients) {

    /** Paths that answer whatever the state of the index and whoever asks: probes must always get through. */
    private static final Set<String> PROBES = Set.of("/api/health", "/api/ready");

    /** Paths of replication between servers, behind the replication token rather than an agent's. */
    private static final String REPLICATION = "/api/replication/";

    /** @throws ApiProblem 401, 404 or 503 when the request may not go on */
    void check(Context ctx) {
        boolean probe = PROBES.contains(ctx.path());
        clients.remember(ctx);
        if (ctx.path().startsWith("/api/admin/")) {
            guard.check(ctx);
            return;
        }
        if (!ctx.path().startsWith(REPLICATION)) {
            agents.admit(ctx);
        }
        if (!probe && !readiness.ready()) {
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, readiness.notReadyMessage(),
                    Map.of("Retry-After", Long.toString(readiness.retryAfterSeconds())));
        }
    }
}
