package dev.faqindex.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypingSessionsTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private static AnalyticsEvent search(String query, long secondsAfterStart) {
        return AnalyticsEvent.search(T0.plusSeconds(secondsAfterStart), "search", query, 3, "hybrid");
    }

    @Test
    void aRunOfKeystrokesCountsOnceAsItsLastQuery() {
        TypingSessions sessions = new TypingSessions();
        assertTrue(sessions.offer("page-1", search("l", 0)).isEmpty());
        assertTrue(sessions.offer("page-1", search("lowe", 1)).isEmpty());
        assertTrue(sessions.offer("page-1", search("lower bakc", 2)).isEmpty());
        assertTrue(sessions.offer("page-1", search("lower back pain", 3)).isEmpty());
        List<AnalyticsEvent> done = sessions.expired(T0.plusSeconds(3).plus(TypingSessions.WINDOW));
        assertEquals(List.of("lower back pain"), done.stream().map(AnalyticsEvent::query).toList());
        assertEquals(0, sessions.size());
    }

    @Test
    void anUnrelatedQueryOrALongPauseStartsANewSearch() {
        TypingSessions sessions = new TypingSessions();
        sessions.offer("page-1", search("hamstring", 0));
        assertEquals(List.of("hamstring"), sessions.offer("page-1", search("core", 1)).stream()
                .map(AnalyticsEvent::query).toList());
        long later = 1 + TypingSessions.WINDOW.toSeconds() + 1;
        assertEquals(List.of("core"), sessions.offer("page-1", search("core strength", later)).stream()
                .map(AnalyticsEvent::query).toList(), "after a pause, the same words are a new search");
    }

    @Test
    void sessionsDoNotMix() {
        TypingSessions sessions = new TypingSessions();
        sessions.offer("page-1", search("plank", 0));
        assertTrue(sessions.offer("page-2", search("plan", 1)).isEmpty());
        assertEquals(2, sessions.held().size());
        assertEquals(List.of("plank", "plan"), sessions.drain().stream().map(AnalyticsEvent::query).toList());
    }

    @Test
    void continuationIsPrefixOrACorrectedLastWord() {
        assertTrue(TypingSessions.continues(search("back pai", 0), search("back pain", 0)));
        assertTrue(TypingSessions.continues(search("back pain", 0), search("back", 0)), "backspacing");
        assertTrue(TypingSessions.continues(search("lower bakc", 0), search("lower back", 0)));
        assertFalse(TypingSessions.continues(search("back", 0), search("neck", 0)));
        assertFalse(TypingSessions.continues(search("squat form", 0), search("deadlift form", 0)));
    }

    @Test
    void heldSessionsAreBounded() {
        TypingSessions sessions = new TypingSessions();
        int released = 0;
        for (int i = 0; i <= TypingSessions.MAX_SESSIONS; i++) {
            released += sessions.offer("page-" + i, search("q" + i, 0)).size();
        }
        assertEquals(1, released);
        assertEquals(TypingSessions.MAX_SESSIONS, sessions.size());
    }
}
