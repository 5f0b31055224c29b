package dev.faqindex.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each client may make {@code burst} calls at once, refilled at
 * {@code requestsPerMinute}. A bucket left alone long enough to be full again is forgotten (a new one would be the
 * same), and at most {@code maxClients} are kept, the least recently used going first, so memory stays bounded
 * whatever number of addresses clients come from.
 */
final class RateLimiter {

    private final double tokensPerNano;
    private final int burst;
    private final LongSupplier nanoClock;
    private final Cache<String, Bucket> buckets;

    RateLimiter(int requestsPerMinute, int burst, int maxClients, LongSupplier nanoClock) {
        this.tokensPerNano = requestsPerMinute / 60e9;
        this.burst = burst;
        this.nanoClock = nanoClock;
        Duration refill = Duration.ofNanos((long) Math.ceil(burst / tokensPerNano));
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(refill)
                .ticker(nanoClock::getAsLong)
                .executor(Runnable::run)
                .build();
    }

    RateLimiter(int requestsPerMinute, int burst, int maxClients) {
        this(requestsPerMinute, burst, maxClients, Ticker.systemTicker()::read);
    }

    /**
     * Takes one call from {@code client}'s bucket.
     *
     * @return 0 when the call may go ahead, else the whole seconds to wait before the next call would be allowed
     */
    long acquire(String client) {
        long now = nanoClock.getAsLong();
        Bucket bucket = buckets.get(client, c -> new Bucket(burst, now));
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

    /** Clients whose buckets are kept now (after pending evictions). */
    long trackedClients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
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
