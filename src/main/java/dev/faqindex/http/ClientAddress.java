package dev.faqindex.http;

import io.javalin.http.Context;

/**
 * Who a request comes from, for rate limiting and the access log: the connection's remote address, or behind a trusted reverse proxy the
 * address that proxy appended last to {@code X-Forwarded-For} (earlier entries are whatever the client sent).
 */
final class ClientAddress {

    private static final String ATTRIBUTE = "faq-index.client";

    private final boolean trustForwardedFor;

    ClientAddress(boolean trustForwardedFor) {
        this.trustForwardedFor = trustForwardedFor;
    }

    String of(Context ctx) {
        return of(ctx.header("X-Forwarded-For"), ctx.ip());
    }

    /** The client of {@code ctx}, remembered for the routes ({@link #seen}). */
    String remember(Context ctx) {
        String client = of(ctx);
        ctx.attribute(ATTRIBUTE, client);
        return client;
    }

    /** The client the gate saw for this request; null when it did not look. */
    static String seen(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    /** The client of a request with this {@code X-Forwarded-For} header (null when absent) from {@code remote}. */
    String of(String forwarded, String remote) {
        if (trustForwardedFor) {
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                String last = hops[hops.length - 1].strip();
                if (!last.isEmpty()) {
                    return last;
                }
            }
        }
        return remote;
    }
}
