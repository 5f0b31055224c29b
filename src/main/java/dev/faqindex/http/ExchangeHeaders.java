package dev.faqindex.http;

import io.javalin.http.Context;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;

/**
 * A servlet filter in front of everything the server answers, for the headers every exchange must get right: a
 * request's method is the one on its request line (headers that would override it, such as
 * {@code X-HTTP-Method-Override}, are hidden from everything behind), every answer carries
 * {@code X-Content-Type-Options: nosniff}, and an HTML or plain-text answer of a route declares
 * {@code charset=utf-8} ({@link #declareCharset}, run after every route).
 */
final class ExchangeHeaders implements Filter {

    /** Headers some frameworks read as the request's method; none is honoured here. */
    static final Set<String> METHOD_OVERRIDES = Set.of("x-http-method-override", "x-http-method", "x-method-override");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            answer.setHeader("X-Content-Type-Options", "nosniff");
            chain.doFilter(new WithoutMethodOverride(http), answer);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** After a route: an HTML or plain-text answer that names no character set is declared UTF-8, as it is. */
    static void declareCharset(Context ctx) {
        String type = ctx.res().getContentType();
        if (type == null) {
            return;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("text/html") || lower.startsWith("text/plain")) && !lower.contains("charset")) {
            ctx.contentType(type + ";charset=utf-8");
        }
    }

    private static boolean override(String name) {
        return name != null && METHOD_OVERRIDES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The request as sent, minus the headers that would change its method. */
    private static final class WithoutMethodOverride extends HttpServletRequestWrapper {

        WithoutMethodOverride(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return override(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return override(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !override(name)).toList());
        }
    }
}
