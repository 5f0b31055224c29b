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
 * Refuses a request whose declared body ({@code Content-Length}) is larger than {@code limits.max-body-bytes} with
 * 413 and the API's {@link ErrorBody}, in front of every path and before anything reads the body: a client that asked
 * {@code Expect: 100-continue} is told before it sends a byte of it. A body of undeclared length is cut at the same
 * size where it is read (Javalin's request size limit). Paths whose servlet applies the limit itself, in its own
 * protocol's error form (the MCP endpoint's JSON-RPC errors), are left to it.
 */
final class BodySizeLimit implements Filter {

    private final long maxBodyBytes;
    private final Set<String> limitedByTheirOwn;

    BodySizeLimit(long maxBodyBytes, Set<String> limitedByTheirOwn) {
        this.maxBodyBytes = maxBodyBytes;
        this.limitedByTheirOwn = Set.copyOf(limitedByTheirOwn);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer
                && http.getContentLengthLong() > maxBodyBytes && !limitedByTheirOwn.contains(http.getRequestURI())) {
            answer.setHeader("Connection", "close");
            ErrorBody.write(answer, HttpStatus.CONTENT_TOO_LARGE.getCode(), message(maxBodyBytes));
            return;
        }
        chain.doFilter(request, response);
    }

    /** What a client whose body is too large is told, here and where a body of undeclared length is read. */
    static String message(long maxBodyBytes) {
        return "the request body is larger than " + maxBodyBytes + " bytes";
    }
}
