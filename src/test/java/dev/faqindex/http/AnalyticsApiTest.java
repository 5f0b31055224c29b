package dev.faqindex.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.RunningServer.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search analytics through the real server: recording, feedback, the admin report, and a restart. */
class AnalyticsApiTest {

    private static final String TOKEN = "analytics-test-token-0123456789";
    private static final String[] ADMIN = {"Authorization", "Bearer " + TOKEN};

    @TempDir
    Path temp;

    private FaqIndexConfig config() {
        return RunningServer.testConfig(Paths.content(), temp.resolve("index")).with(Setting.ADMIN_TOKEN, TOKEN)
                .with(Setting.ANALYTICS_DIR, temp.resolve("analytics")).with(Setting.ANALYTICS_RETENTION_DAYS, 30)
                .with(Setting.SEMANTIC, false);
    }

    private static JsonNode report(RunningServer server, String params) throws Exception {
        Reply reply = server.get("/api/admin/analytics" + params, ADMIN);
        assertEquals(200, reply.status(), reply.body().toString());
        return reply.body();
    }

    @Test
    void searchesClicksAndZeroResultQueriesAreReportedAndSurviveARestart() throws Exception {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String chunkId;
        try (RunningServer server = RunningServer.start(config())) {
            Reply hit = server.search("hamstring stretch", "");
            chunkId = hit.body().at("/hits/0/id").asText();
            server.search("Hamstring   STRETCH", "");
            server.search("hamstring stretch", "&offset=10"); // a further page: not a new search
            server.search("hamstring stretch", "&analytics=false"); // a monitor that opts out
            server.search("xqzjw vvkwq", "");
            server.post("/api/retrieve", "{\"query\": \"how do I stretch my hamstrings?\"}");
            for (String typed : List.of("c", "co", "core", "core str", "core strength")) {
                server.search(typed, "&session=page-view-0001");
            }
            Reply click = server.post("/api/feedback", "{\"query\": \"hamstring stretch\", \"id\": \"" + chunkId
                    + "\", \"position\": 1}");
            assertEquals(202, click.status(), click.body().toString());
            assertEquals(202, server.post("/api/feedback", "{\"query\": \"hamstring stretch\", \"id\": \"" + chunkId
                    + "\", \"kind\": \"unhelpful\"}").status());

            JsonNode report = report(server, "?from=" + today + "&to=" + today);
            assertEquals(5, report.at("/totals/searches").asInt(), report.toString());
            assertEquals(1, report.at("/totals/zeroResultSearches").asInt());
            assertEquals(1, report.at("/totals/clicks").asInt());
            assertEquals(1, report.at("/totals/unhelpful").asInt());
            assertEquals(1, report.at("/totals/bySource/retrieve").asInt());
            assertEquals("hamstring stretch", report.at("/topQueries/0/query").asText());
            assertEquals(2, report.at("/topQueries/0/searches").asInt());
            assertEquals("xqzjw vvkwq", report.at("/zeroResultQueries/0/query").asText());
            assertEquals(chunkId, report.at("/topChunks/0/id").asText());
            assertTrue(report.toString().contains("\"core strength\"") && !report.toString().contains("\"core str\""),
                    "a typing run counts once, as its last query: " + report.at("/topQueries"));
        }
        try (RunningServer restarted = RunningServer.start(config())) {
            JsonNode report = report(restarted, "");
            assertEquals(5, report.at("/totals/searches").asInt(), "kept on disk across a restart");
            assertEquals(7, report.at("/days").size(), "the default range is the last 7 days");
        }
        try (Stream<Path> files = Files.list(temp.resolve("analytics"))) {
            String written = String.join("\n", files.map(f -> {
                try {
                    return Files.readString(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList());
            assertTrue(!written.contains("127.0.0.1") && !written.contains("page-view-0001"),
                    "no client address or session id is written");
        }
    }

    @Test
    void badFeedbackAndBadRangesAreClearErrors() throws Exception {
        try (RunningServer server = RunningServer.start(config())) {
            String id = server.search("plank", "").body().at("/hits/0/id").asText();
            assertError(server.post("/api/feedback", "{\"query\": \"plank\"}"), "id is required");
            assertError(server.post("/api/feedback", "{\"query\": \"plank\", \"id\": \"no-such:chunk\"}"),
                    "no-such:chunk");
            assertError(server.post("/api/feedback", "{\"query\": \"plank\", \"id\": \"" + id + "\", \"kind\": \"love\"}"),
                    "kind must be");
            assertError(server.post("/api/feedback", "{\"query\": \"plank\", \"id\": \"" + id + "\", \"position\": 0}"),
                    "position");
            assertError(server.post("/api/feedback", "{\"query\": \"plank\", \"id\": \"" + id + "\", \"who\": 1}"),
                    "unknown field who");
            assertError(server.post("/api/feedback", "not json"), "JSON");
            assertError(server.search("plank", "&session=x"), "session");

            assertEquals(401, server.get("/api/admin/analytics").status());
            assertError(server.get("/api/admin/analytics?from=2026-13-01", ADMIN), "from must be a date");
            assertError(server.get("/api/admin/analytics?from=2026-11-20&to=2026-11-10", ADMIN), "must not be after");
            assertError(server.get("/api/admin/analytics?from=1990-01-01&to=2026-11-10", ADMIN), "at most");
            assertError(server.get("/api/admin/analytics?limit=0", ADMIN), "limit");
        }
    }

    @Test
    void zeroRetentionTurnsAnalyticsOff() throws Exception {
        try (RunningServer server = RunningServer.start(config().with(Setting.ANALYTICS_DIR, temp.resolve("off"))
                .with(Setting.ANALYTICS_RETENTION_DAYS, 0))) {
            server.search("plank", "");
            String id = server.search("plank", "").body().at("/hits/0/id").asText();
            assertEquals(204, server.post("/api/feedback", "{\"query\": \"plank\", \"id\": \"" + id + "\"}").status());
            Reply report = server.get("/api/admin/analytics", ADMIN);
            assertEquals(404, report.status());
            assertTrue(report.body().get("error").asText().contains("analytics are off"));
        }
        assertTrue(!Files.exists(temp.resolve("off")));
    }

    private static void assertError(Reply reply, String fragment) {
        assertEquals(400, reply.status(), reply.body().toString());
        assertTrue(reply.body().get("error").asText().contains(fragment), reply.body().toString());
    }
}
