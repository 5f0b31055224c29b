package dev.faqindex.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The structured access log: one JSON object per answered request on the logger {@value #LOGGER}, which the shipped
 * logback configuration writes to standard output, one line each. It holds the path without its query string (the
 * queries people type go to the analytics, normalised and with personal data removed), and the client address for
 * tracing abuse. Every field a client chose (method, path, address) is cut to a bound ({@link LogField}).
 */
final class AccessLog {

    /** The logger the lines go to; route or silence it in the logback configuration. */
    static final String LOGGER = "faqindex.access";

    /** Longest method logged: the standard ones are at most 7 letters. */
    private static final int MAX_METHOD_CHARS = 16;
    /** Longest client address logged: an IPv6 address with a zone fits. */
    private static final int MAX_CLIENT_CHARS = 64;

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One line of the log.
     *
     * @param time when the answer was sent, ISO-8601 UTC
     * @param method HTTP method
     * @param path request path, without the query string
     * @param endpoint the route that answered ({@code /api/chunks/{id}}), or {@code unmatched}
     * @param status HTTP status sent
     * @param ms time to answer, in milliseconds
     * @param client the client's address
     */
    record Line(String time, String method, String path, String endpoint, int status, double ms, String client) {
    }

    private final boolean enabled;

    AccessLog(boolean enabled) {
        this.enabled = enabled && LOG.isInfoEnabled();
    }

    void log(String method, String path, String endpoint, int status, long nanos, String client) {
        if (!enabled) {
            return;
        }
        Line line = new Line(Instant.now().toString(), LogField.of(method, MAX_METHOD_CHARS), LogField.of(path),
                endpoint, status, Math.round(nanos / 1e4) / 100.0, LogField.of(client, MAX_CLIENT_CHARS));
        try {
            LOG.info(JSON.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record of strings and numbers always serialises", e);
        }
    }
}
