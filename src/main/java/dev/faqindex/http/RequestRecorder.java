package dev.faqindex.http;

import dev.faqindex.metrics.ServerMetrics;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A servlet filter in front of everything the server answers (API, website, MCP, metrics): times each request and
 * hands its endpoint, status and duration to the metrics and the access log. The endpoint is the route template the
 * Javalin router matched (set as the request attribute {@value #ENDPOINT}), so label values stay few whatever paths
 * clients make up.
 */
final class RequestRecorder implements Filter {

    /** Request attribute holding the matched route template. */
    static final String ENDPOINT = "faqindex.endpoint";
    /** Where the MCP servlet is mounted; it is not a Javalin route. */
    static final String MCP_PATH = "/mcp";

    private final ServerMetrics metrics;
    private final AccessLog accessLog;
    private final ClientAddress clients;

    RequestRecorder(ServerMetrics metrics, AccessLog accessLog, ClientAddress clients) {
        this.metrics = metrics;
        this.accessLog = accessLog;
        this.clients = clients;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
                long nanos = System.nanoTime() - start;
                String path = http.getRequestURI();
                String endpoint = endpointOf(http, path);
                metrics.recordRequest(endpoint, http.getMethod(), answer.getStatus(), nanos);
                accessLog.log(http.getMethod(), path, endpoint, answer.getStatus(), nanos,
                        clients.of(http.getHeader("X-Forwarded-For"), http.getRemoteAddr()));
            }
        }
    }

    private static String endpointOf(HttpServletRequest request, String path) {
        if (request.getAttribute(ENDPOINT) instanceof String endpoint) {
            return endpoint;
        }
        return path.equals(MCP_PATH) || path.startsWith(MCP_PATH + "/") ? MCP_PATH : "unmatched";
    }
}
