package dev.faqindex.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each client may make {@code burst} calls at once, refilled at
 * {@code requestsPerMinute}. Buckets of clients that have been idle long enough to be full again are
 * forgotten, so memory stays bounded by the number of recently active clients.
 */
final class RateLimiter {

    /** Clients tracked before idle ones are swept. */
    private static final int SWEEP_AT = 10_000;

    private final double tokensPerNano;
    private final int burst;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int requestsPerMinute, int burst, LongSupplier nanoClock) {
        this.tokensPerNano = requestsPerMinute / 60e9;
        this.burst = burst;
        this.nanoClock = nanoClock;
    }

    /**
     * Takes one call from {@code client}'s bucket.
     *
     * @return 0 when the call may go ahead, else the whole seconds to wait before the next call would be allowed
     */
    long acquire(String client) {
        long now = nanoClock.getAsLong();
        if (buckets.size() >= SWEEP_AT) {
            sweep(now);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.refill(now, tokensPerNano, burst);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double nanosToWait = (1 - bucket.tokens) / tokensPerNano;
            return Math.max(1, (long) Math.ceil(nanosToWait / 1e9));
        }
    }

    private void sweep(long now) {
        buckets.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                entry.getValue().refill(now, tokensPerNano, burst);
                return entry.getValue().tokens >= burst;
            }
        });
    }

    /** Tokens left and when they were counted; guarded by its own lock. */
    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        void refill(long now, double tokensPerNano, int burst) {
            tokens = Math.min(burst, tokens + (now - updatedAt) * tokensPerNano);
            updatedAt = now;
        }
    }
}
