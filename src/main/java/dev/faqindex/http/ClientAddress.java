package dev.faqindex.http;

import io.javalin.http.Context;

/**
 * Who a request comes from, for rate limiting and the access log: the connection's remote address, or behind a trusted reverse proxy the
 * address that proxy appended last to {@code X-Forwarded-For} (earlier entries are whatever the client sent).
 */
final class ClientAddress {

    private final boolean trustForwardedFor;

    ClientAddress(boolean trustForwardedFor) {
        this.trustForwardedFor = trustForwardedFor;
    }

    String of(Context ctx) {
        return of(ctx.header("X-Forwarded-For"), ctx.ip());
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
