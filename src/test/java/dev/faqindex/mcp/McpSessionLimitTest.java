package dev.faqindex.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The bound on MCP sessions, on a clock the test moves. */
class McpSessionLimitTest {

    private final AtomicLong now = new AtomicLong();
    private final McpSessionLimit limit = new McpSessionLimit(3, Duration.ofMinutes(10), now::get);

    @Test
    void openingOneMoreThanTheBoundEndsTheLeastRecentlyUsed() {
        assertEquals(List.of(), limit.opened("a"));
        assertEquals(List.of(), limit.opened("b"));
        assertEquals(List.of(), limit.opened("c"));
        limit.used("a");
        assertEquals(List.of("b"), limit.opened("d"), "b was used least recently");
        assertEquals(3, limit.size());
    }

    @Test
    void sessionsIdleLongerThanTheIdleTimeAreEndedWhenTheNextOpens() {
        limit.opened("a");
        now.addAndGet(Duration.ofMinutes(6).toNanos());
        limit.opened("b");
        now.addAndGet(Duration.ofMinutes(6).toNanos());
        assertEquals(List.of("a"), limit.opened("c"), "a idle 12 minutes, b 6");
    }

    @Test
    void sessionsIdleLongerThanTheIdleTimeAreEndedAtAnyRequest() {
        limit.opened("a");
        limit.opened("b");
        now.addAndGet(Duration.ofMinutes(6).toNanos());
        assertEquals(List.of(), limit.used("b"));
        now.addAndGet(Duration.ofMinutes(6).toNanos());
        assertEquals(List.of("a"), limit.used(null), "a idle 12 minutes, b 6; a request of no session");
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        assertEquals(List.of("b"), limit.used("b"), "b idle 11 minutes: its own request finds it ended");
        assertEquals(0, limit.size());
    }

    @Test
    void madeUpIdsAreNeverKeptAndClosedOnesAreForgotten() {
        assertEquals(List.of(), limit.used("made-up"));
        assertEquals(0, limit.size());
        limit.opened("a");
        limit.closed("a");
        assertEquals(0, limit.size());
    }
}
