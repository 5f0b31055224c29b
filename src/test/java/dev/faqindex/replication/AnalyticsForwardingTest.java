package dev.faqindex.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.analytics.AnalyticsOutbox;
import dev.faqindex.analytics.SearchAnalytics;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replica's analytics on their way to the primary: what the replica's day files hold is sent until acknowledged,
 * across a restart; a batch sent again (its answer lost) is written once; a malformed batch is refused by name.
 */
class AnalyticsForwardingTest {

    @TempDir
    Path work;

    @Test
    void linesGoOnceAndStayUntilAcknowledged() throws IOException {
        Path replicaDir = work.resolve("replica");
        try (SearchAnalytics replica = SearchAnalytics.open(replicaDir, 30, Clock.systemUTC())) {
            for (String query : List.of("reset password", "reset password", "export invoices")) {
                replica.recordSearch("search", query, 2, "lexical", Optional.empty());
            }
        }
        AnalyticsOutbox outbox = AnalyticsOutbox.open(replicaDir);
        List<AnalyticsOutbox.Line> lines = outbox.pending(100);
        assertEquals(3, lines.size());
        JsonNode batch = ReplicationJson.MAPPER.valueToTree(Map.of("replica", outbox.replicaId(), "lines", lines));
        try (SearchAnalytics primary = SearchAnalytics.open(work.resolve("primary"), 30, Clock.systemUTC())) {
            AnalyticsInbox inbox = new AnalyticsInbox(primary);
            assertEquals(3, inbox.receive(batch));
            assertEquals(0, inbox.receive(batch), "sent again after a lost answer: written once");
            assertEquals(3, AnalyticsOutbox.open(replicaDir).pending(100).size(), "unacknowledged lines survive a restart");
            outbox.acknowledge(lines);
            assertEquals(List.of(), AnalyticsOutbox.open(replicaDir).pending(100));
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            assertEquals(3, primary.report(today, today, 10).totals().searches());
            assertEquals(0, new AnalyticsInbox(primary).receive(batch), "the primary remembers across restarts");
            IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> inbox.receive(
                    ReplicationJson.MAPPER.readTree("{\"replica\": \"../x\", \"lines\": []}")));
            assertEquals("replica must be the replica's id (letters, digits and '-')", bad.getMessage());
        }
    }
}
