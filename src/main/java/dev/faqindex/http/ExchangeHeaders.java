package dev.faqindex.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;

/**
 * A servlet filter in front of everything the server answers, for the headers every exchange must get right: a
 * request's method is the one on its request line (headers that would override it, such as
 * {@code X-HTTP-Method-Override}, are hidden from everything behind), every answer carries
 * {@code X-Content-Type-Options: nosniff}, and an HTML or plain-text answer declares {@code charset=utf-8}.
 */
final class ExchangeHeaders implements Filter {

    /** Headers some frameworks read as the request's method; none is honoured here. */
    static final Set<String> METHOD_OVERRIDES = Set.of("x-http-method-override", "x-http-method", "x-method-override");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            answer.setHeader("X-Content-Type-Options", "nosniff");
            chain.doFilter(new WithoutMethodOverride(http), new WithCharset(answer));
        } else {
            chain.doFilter(request, response);
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

    /** The response, whose text types always say their character set. */
    private static final class WithCharset extends HttpServletResponseWrapper {

        WithCharset(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(withCharset(type));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "content-type".equalsIgnoreCase(name) ? withCharset(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "content-type".equalsIgnoreCase(name) ? withCharset(value) : value);
        }

        private static String withCharset(String type) {
            if (type == null) {
                return null;
            }
            String lower = type.toLowerCase(Locale.ROOT);
            boolean text = lower.startsWith("text/html") || lower.startsWith("text/plain");
            return text && !lower.contains("charset") ? type + ";charset=utf-8" : type;
        }
    }
}
