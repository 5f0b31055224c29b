package dev.faqindex.http;

import dev.faqindex.index.LiveIndex;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every {@code /api/} request passes before its route: the per-client rate limit, then on
 * {@code /api/admin/...} the admin token, elsewhere the agent token when one is sent ({@link AgentAccess}) and a 503
 * until the first index is ready. The health and readiness
 * probes always get through.
 *
 * @param rateLimiter the per-client limit; empty when rate limiting is off
 */
record ApiGate(LiveIndex index, AdminGuard guard, AgentAccess agents, Optional<RateLimiter> rateLimiter,
        ClientAddress clients) {

    /** Paths that answer whatever the state of the index and whoever asks: probes must always get through. */
    private static final Set<String> PROBES = Set.of("/api/health", "/api/ready");

    /** @throws ApiProblem 429, 401, 404 or 503 when the request may not go on */
    void check(Context ctx) {
        boolean probe = PROBES.contains(ctx.path());
        String client = clients.remember(ctx);
        if (rateLimiter.isPresent() && !probe) {
            long wait = rateLimiter.get().acquire(client);
            if (wait > 0) {
                throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "too many requests from this client; retry after "
                        + wait + " s", Map.of("Retry-After", Long.toString(wait)));
            }
        }
        if (ctx.path().startsWith("/api/admin/")) {
            guard.check(ctx);
            return;
        }
        agents.admit(ctx);
        if (!probe && !index.ready()) {
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "the index is being built; retry shortly",
                    Map.of("Retry-After", "1"));
        }
    }
}
