package dev.faqindex.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchAnalyticsTest {

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        private volatile Instant now;

        TestClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    @Test
    void searchesAndFeedbackAreCountedAndSurviveARestart() throws Exception {
        TestClock clock = new TestClock(NOON);
        try (SearchAnalytics analytics = SearchAnalytics.open(dir, 30, clock)) {
            analytics.recordSearch("search", "Hamstring stretch", 4, "hybrid", Optional.empty());
            analytics.recordSearch("search", "hamstring  stretch", 4, "hybrid", Optional.empty());
            analytics.recordSearch("retrieve", "quantum yoga", 0, "hybrid", Optional.empty());
            analytics.recordFeedback(AnalyticsEvent.Kind.click, "hamstring stretch", "a:stretching", 1);
            analytics.recordFeedback(AnalyticsEvent.Kind.helpful, "hamstring stretch", "a:stretching", 1);
            AnalyticsReport report = analytics.report(TODAY, TODAY, 10);
            assertEquals(3, report.totals().searches());
            assertEquals(1, report.totals().zeroResultSearches());
            assertEquals(1, report.totals().clicks());
            assertEquals(1, report.totals().helpful());
            assertEquals(2L, report.totals().bySource().get("search"));
            assertEquals("hamstring stretch", report.topQueries().get(0).query());
            assertEquals(2, report.topQueries().get(0).searches());
            assertEquals(0.5, report.topQueries().get(0).clicksPerSearch());
            assertEquals("quantum yoga", report.zeroResultQueries().get(0).query());
            assertEquals("a:stretching", report.topChunks().get(0).id());
        }
        try (SearchAnalytics reopened = SearchAnalytics.open(dir, 30, clock)) {
            AnalyticsReport report = reopened.report(TODAY, TODAY, 10);
            assertEquals(3, report.totals().searches(), "the day file outlives the process");
            assertEquals(1, report.totals().clicks());
        }
    }

    @Test
    void typingRunsCountOnceEvenBeforeTheyAreWritten() throws Exception {
        TestClock clock = new TestClock(NOON);
        try (SearchAnalytics analytics = SearchAnalytics.open(dir, 30, clock)) {
            for (String typed : new String[] {"p", "pl", "plan", "plank"}) {
                analytics.recordSearch("search", typed, 2, "hybrid", Optional.of("page-0001"));
                clock.advance(Duration.ofMillis(300));
            }
            AnalyticsReport held = analytics.report(TODAY, TODAY, 10);
            assertEquals(1, held.totals().searches(), "the held search is reported, once");
            assertEquals("plank", held.topQueries().get(0).query());
            assertFalse(Files.exists(dir.resolve(TODAY + ".jsonl")), "held, not written yet");
        }
        String written = Files.readString(dir.resolve(TODAY + ".jsonl"));
        assertTrue(written.contains("\"plank\"") && !written.contains("\"plan\""), written);
    }

    @Test
    void daysPastTheRetentionAreDeletedAndATornLineIsSkipped() throws Exception {
        Files.writeString(dir.resolve("2026-10-01.jsonl"), "{}\n");
        Files.writeString(dir.resolve("2026-11-24.jsonl"),
                "{\"at\":\"2026-11-24T09:00:00Z\",\"kind\":\"search\",\"source\":\"search\",\"query\":\"core\",\"hits\":3}\n"
                        + "{\"at\":\"2026-11-24T09:00:01Z\",\"kind\":\"sea", StandardOpenOption.CREATE);
        Files.writeString(dir.resolve("notes.txt"), "not ours");
        TestClock clock = new TestClock(NOON);
        try (SearchAnalytics analytics = SearchAnalytics.open(dir, 7, clock)) {
            AnalyticsReport report = analytics.report(TODAY.minusDays(1), TODAY, 10);
            assertEquals(1, report.totals().searches());
            assertEquals(1, report.unreadableLines());
            assertEquals(2, report.days().size());
        }
        assertFalse(Files.exists(dir.resolve("2026-10-01.jsonl")), "older than 7 days");
        assertTrue(Files.exists(dir.resolve("2026-11-24.jsonl")));
        assertTrue(Files.exists(dir.resolve("notes.txt")), "files that are not day files are left alone");
    }

    @Test
    void zeroRetentionTurnsAnalyticsOff() throws Exception {
        Path off = dir.resolve("off");
        try (SearchAnalytics analytics = SearchAnalytics.open(off, 0, new TestClock(NOON))) {
            analytics.recordSearch("search", "anything", 1, "lexical", Optional.empty());
            assertFalse(analytics.enabled());
            assertThrows(IllegalStateException.class, () -> analytics.report(TODAY, TODAY, 10));
        }
        assertFalse(Files.exists(off), "nothing is written, not even the folder");
    }

    @Test
    void aReversedRangeIsRejected() throws Exception {
        try (SearchAnalytics analytics = SearchAnalytics.open(dir, 30, new TestClock(NOON))) {
            assertThrows(IllegalArgumentException.class, () -> analytics.report(TODAY, TODAY.minusDays(1), 10));
        }
    }
}
