package dev.faqindex.mcp;

import io.modelcontextprotocol.spec.HttpHeaders;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Ending a session the endpoint decided to end (over the bound, or idle) the way its client would: a
 * {@code DELETE} with its {@code Mcp-Session-Id}, handed to the SDK's transport, which closes the session and forgets
 * it. It is made from the request being served, whose origin and host the transport has just accepted, and its answer
 * goes nowhere.
 */
final class SessionDelete {

    private SessionDelete() {
    }

    /** A {@code DELETE} of session {@code id}, made from {@code current}. */
    static HttpServletRequest request(HttpServletRequest current, String id) {
        return new HttpServletRequestWrapper(current) {
            @Override
            public String getMethod() {
                return "DELETE";
            }

            @Override
            public String getHeader(String name) {
                return HttpHeaders.MCP_SESSION_ID.equalsIgnoreCase(name) ? id : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return HttpHeaders.MCP_SESSION_ID.equalsIgnoreCase(name) ? Collections.enumeration(
                        java.util.List.of(id)) : super.getHeaders(name);
            }
        };
    }

    /** A response that keeps nothing and leaves the real one, {@code current}, untouched. */
    static HttpServletResponse discarded(HttpServletResponse current) {
        return new HttpServletResponseWrapper(current) {
            private final PrintWriter writer = new PrintWriter(OutputStream.nullOutputStream());

            @Override
            public void setStatus(int status) {
            }

            @Override
            public void sendError(int status) {
            }

            @Override
            public void sendError(int status, String message) {
            }

            @Override
            public void setHeader(String name, String value) {
            }

            @Override
            public void addHeader(String name, String value) {
            }

            @Override
            public void setContentType(String type) {
            }

            @Override
            public void setCharacterEncoding(String charset) {
            }

            @Override
            public void setContentLength(int length) {
            }

            @Override
            public void setContentLengthLong(long length) {
            }

            @Override
            public void flushBuffer() {
            }

            @Override
            public PrintWriter getWriter() {
                return writer;
            }

            @Override
            public ServletOutputStream getOutputStream() {
                return new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                    }
                };
            }
        };
    }
}
