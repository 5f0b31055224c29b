package dev.faqindex.config;

import java.time.Duration;
import java.util.Objects;

/**
 * What one client may ask of a public server: how long a query may be, how often a client may call, and how long
 * one search may run before it returns what it has.
 *
 * @param maxQueryLength longest query text accepted, in characters
 * @param requestsPerMinute sustained calls per minute allowed to one client (by address); 0 turns rate limiting off
 * @param burst calls a client may make at once before the per-minute rate applies
 * @param searchTimeout longest time one search may spend matching; it then answers with the hits found so far
 * @param trustForwardedFor whether the client address is taken from {@code X-Forwarded-For} (set it only behind a
 *     reverse proxy that sets that header; otherwise clients could pick their own address)
 */
public record Limits(int maxQueryLength, int requestsPerMinute, int burst, Duration searchTimeout,
        boolean trustForwardedFor) {

    /** 1,000 characters, 600 calls a minute with bursts of 60, 1 s per search. */
    public static final Limits DEFAULTS = new Limits(1000, 600, 60, Duration.ofSeconds(1), false);

    public Limits {
        Objects.requireNonNull(searchTimeout, "searchTimeout");
        if (maxQueryLength < 10 || maxQueryLength > 100_000) {
            throw new IllegalArgumentException("maxQueryLength must be between 10 and 100000, got " + maxQueryLength);
        }
        if (requestsPerMinute < 0) {
            throw new IllegalArgumentException("requestsPerMinute must be 0 (off) or more, got " + requestsPerMinute);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1, got " + burst);
        }
        if (searchTimeout.isNegative() || searchTimeout.isZero()) {
            throw new IllegalArgumentException("searchTimeout must be positive, got " + searchTimeout);
        }
    }

    /** Whether calls are counted per client at all. */
    public boolean rateLimited() {
        return requestsPerMinute > 0;
    }

    public Limits withRequestsPerMinute(int perMinute, int newBurst) {
        return new Limits(maxQueryLength, perMinute, newBurst, searchTimeout, trustForwardedFor);
    }

    public Limits withSearchTimeout(Duration timeout) {
        return new Limits(maxQueryLength, requestsPerMinute, burst, timeout, trustForwardedFor);
    }
}
