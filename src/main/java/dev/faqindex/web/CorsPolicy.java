package dev.faqindex.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Set;

/**
 * Cross-origin access to the API for the embeddable widget: only origins on the configured allow-list get an
 * {@code Access-Control-Allow-Origin} header (their own origin, never {@code *}); preflights are answered here, letting
 * those origins send JSON (the widget's feedback is a JSON POST).
 */
final class CorsPolicy {

    private final Set<String> allowed;

    CorsPolicy(List<String> allowedOrigins) {
        this.allowed = Set.copyOf(allowedOrigins);
    }

    /** Adds the CORS headers to an API response when the request comes from an allowed origin. */
    void apply(Context ctx) {
        ctx.header("Vary", "Origin");
        String origin = ctx.header("Origin");
        if (origin != null && allowed.contains(origin)) {
            ctx.header("Access-Control-Allow-Origin", origin);
        }
    }

    /** Answers a preflight: 204, with permission only for allowed origins. */
    void preflight(Context ctx) {
        apply(ctx);
        String origin = ctx.header("Origin");
        if (origin != null && allowed.contains(origin)) {
            ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            ctx.header("Access-Control-Allow-Headers", "Content-Type, Authorization"); // an agent's token
            ctx.header("Access-Control-Max-Age", "600");
        }
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
