package dev.faqindex.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Set;

/**
 * Answers a {@code HEAD} as the same {@code GET} would be answered, status and headers alike, without its body (Jetty
 * sends no body to a {@code HEAD}). Javalin on its own answers {@code 200} to a {@code HEAD} of any path a {@code GET}
 * route matches without running the route, and the website's route of last resort matches every path: a link
 * checker would be told that every missing page exists. Paths whose servlet answers {@code HEAD} itself (the MCP
 * endpoint) are left to it.
 */
final class HeadAsGet implements Filter {

    private final Set<String> answeredByTheirOwn;

    HeadAsGet(Set<String> answeredByTheirOwn) {
        this.answeredByTheirOwn = Set.copyOf(answeredByTheirOwn);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && "HEAD".equals(http.getMethod())
                && !answeredByTheirOwn.contains(http.getRequestURI())) {
            chain.doFilter(new HttpServletRequestWrapper(http) {
                @Override
                public String getMethod() {
                    return "GET";
                }
            }, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
