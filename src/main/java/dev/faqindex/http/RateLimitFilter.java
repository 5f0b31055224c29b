package dev.faqindex.http;

import io.javalin.http.HttpStatus;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * The per-client rate limit, as a servlet filter in front of every path the server answers (the API, the website,
 * article pages, media, {@code /mcp} and paths that match nothing alike), except what operators and orchestrators
 * poll: the probes and {@code /metrics}. A client over its budget gets {@code 429} with {@code Retry-After} and a
 * JSON {@link ErrorBody}, before any work is done for it.
 */
final class RateLimitFilter implements Filter {

    /** Paths that are never limited: liveness, readiness and metrics must answer whoever polls them. */
    static final Set<String> EXEMPT = Set.of("/api/health", "/api/ready", "/metrics");
    /** The endpoint label of a request refused here, before any route matched it. */
    static final String ENDPOINT = "rate_limited";

    private final RateLimiter limiter;
    private final ClientAddress clients;

    RateLimitFilter(RateLimiter limiter, ClientAddress clients) {
        this.limiter = limiter;
        this.clients = clients;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer
                && !EXEMPT.contains(http.getRequestURI())) {
            long wait = limiter.acquire(clients.of(http.getHeader("X-Forwarded-For"), http.getRemoteAddr()));
            if (wait > 0) {
                http.setAttribute(RequestRecorder.ENDPOINT, ENDPOINT);
                answer.setHeader("Retry-After", Long.toString(wait));
                ErrorBody.write(answer, HttpStatus.TOO_MANY_REQUESTS.getCode(),
                        "too many requests from this client; retry after " + wait + " s");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
