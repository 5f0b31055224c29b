package dev.faqindex.mcp;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which web pages may call the MCP endpoint, as the MCP specification asks of a Streamable HTTP server (against DNS
 * rebinding): a request without {@code Origin} comes from no page (a chatbot's own HTTP client) and passes; a page's
 * request passes only from an origin on the configured allow-list ({@code cors.allowed-origins}) or from a page on
 * the user's own machine ({@code localhost}, a loopback address). Same-looking host names do not count: a rebound
 * name carries the attacker's origin, which is on neither list.
 */
record OriginCheck(Set<String> allowed) {

    OriginCheck(List<String> allowedOrigins) {
        this(Set.copyOf(allowedOrigins));
    }

    /** Whether a request with this {@code Origin} header (null when absent) may go on. */
    boolean allows(String origin) {
        if (origin == null) {
            return true;
        }
        if (allowed.contains(origin)) {
            return true;
        }
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && loopback(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean loopback(String host) {
        return host.equals("localhost") || host.endsWith(".localhost") || host.equals("[::1]")
                || host.matches("127(\\.\\d{1,3}){3}");
    }
}
