package dev.faqindex.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket, on a clock the test moves. */
class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(60, 3, 1000, now::get);

    @Test
    void aBurstPassesThenCallsWaitForTheRate() {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("a"), "call " + i + " is within the burst");
        }
        assertEquals(1, limiter.acquire("a"), "one call per second: the next one in 1 s");
        now.addAndGet(1_000_000_000L);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(1, limiter.acquire("a"));
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("a");
        }
        assertTrue(limiter.acquire("a") > 0);
        assertEquals(0, limiter.acquire("b"));
    }

    @Test
    void anIdleClientGetsItsWholeBurstBack() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire("a");
        }
        now.addAndGet(3_600_000_000_000L);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("a"));
        }
        assertTrue(limiter.acquire("a") > 0, "the burst never grows beyond its size");
    }

    @Test
    void bucketsOfIdleClientsAreForgottenOnceFull() {
        for (int i = 0; i < 500; i++) {
            limiter.acquire("client-" + i);
        }
        assertEquals(500, limiter.trackedClients());
        now.addAndGet(3_000_000_000L);
        assertEquals(0, limiter.trackedClients(), "a bucket full again is forgotten: a new one would be the same");
    }

    @Test
    void atMostMaxClientsBucketsAreKept() {
        for (int i = 0; i < 50_000; i++) {
            limiter.acquire("client-" + i);
        }
        assertTrue(limiter.trackedClients() <= 1000, limiter.trackedClients() + " buckets kept");
    }
}
