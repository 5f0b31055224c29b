package dev.faqindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.index.IndexRefresh;
import dev.faqindex.testing.ContentFolder;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.Reindexes;
import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.RunningServer.Reply;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server kept up to date while it serves: content edits picked up by the watcher, broken files keeping their last
 * good version, readiness, and the admin endpoints behind their token.
 */
class LiveServerTest {

    private static final String TOKEN = "test-admin-token-0123456789";

    @TempDir
    Path temp;

    private FaqIndexConfig config(boolean watch) throws Exception {
        Path content = ContentFolder.copy(Paths.content(), temp.resolve("content"));
        return RunningServer.testConfig(content, temp.resolve("index")).with(Setting.WATCH, watch)
                .with(Setting.ADMIN_TOKEN, TOKEN).with(Setting.SEMANTIC, false);
    }

    @Test
    void aNewArticleIsSearchableWithinSecondsWithoutRestart() throws Exception {
        FaqIndexConfig config = config(true);
        try (RunningServer server = RunningServer.start(config)) {
            String newId = "sourdough:feeding-schedule";
            assertFalse(server.search("sourdough starter", "").body().toString().contains(newId));
            CompletableFuture<IndexRefresh> rebuilt = Reindexes.next(server.server().reindexer(), IndexRefresh::rebuilt);
            long start = System.nanoTime();
            ContentFolder.write(config.folder(Setting.CONTENT_DIR).resolve("sourdough.md"), """
                    ---
                    title: Keeping a sourdough starter alive
                    ---

                    ## Feeding schedule

                    Feed the starter flour and water once a day when it lives on the counter.
                    """);
            rebuilt.get(30, TimeUnit.SECONDS);
            Reply found = server.search("sourdough starter", "");
            long visibleMs = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, found.status());
            assertEquals(newId, found.body().get("hits").get(0).get("id").asText());
            assertTrue(visibleMs < 10_000, "edit took " + visibleMs + " ms to show");
            System.out.printf("content edit visible in search after %d ms%n", visibleMs);
        }
    }

    @Test
    void aBrokenFileKeepsItsLastGoodVersionAndIsReportedByFileAndLine() throws Exception {
        FaqIndexConfig config = config(false);
        Path article = config.folder(Setting.CONTENT_DIR).resolve("lower-back-pain-during-exercise.md");
        try (RunningServer server = RunningServer.start(config)) {
            int chunks = server.get("/api/health").body().get("chunks").asInt();
            String good = Files.readString(article);
            // A second 'title' key on line 3 breaks the front matter.
            ContentFolder.write(article, good.replaceFirst("\nslug:", "\ntitle: Again\nslug:")
                    .replace("hamstring", "hamstrung"));
            Reply reindexed = admin(server, "POST", "/api/admin/reindex?wait=true");
            assertEquals(200, reindexed.status(), reindexed.body().toString());
            assertEquals(chunks, reindexed.body().get("chunks").asInt());
            assertEquals("lower-back-pain-during-exercise.md",
                    reindexed.body().get("servingLastGoodVersionOf").get(0).asText());

            Reply search = server.search("hamstring", "");
            assertTrue(search.body().get("total").asInt() > 0, "the last good version must keep serving");

            JsonNode status = admin(server, "GET", "/api/admin/status").body();
            JsonNode problem = status.get("content").get("problems").get(0);
            assertEquals("lower-back-pain-during-exercise.md", problem.get("file").asText());
            assertEquals(3, problem.get("line").asInt());
            assertTrue(problem.get("message").asText().contains("title"), problem.toString());

            ContentFolder.write(article, good.replace("hamstring", "hamstrung"));
            Reply fixed = admin(server, "POST", "/api/admin/reindex?wait=true");
            assertEquals(0, fixed.body().get("problems").asInt());
            assertTrue(fixed.body().get("servingLastGoodVersionOf").isEmpty());
            assertTrue(server.search("hamstrung", "&mode=lexical").body().get("total").asInt() > 0,
                    "the fixed file's new text must serve");
        }
    }

    @Test
    void aBrokenFileStaysOnItsLastGoodVersionAcrossARestart() throws Exception {
        FaqIndexConfig config = config(false);
        Path article = config.folder(Setting.CONTENT_DIR).resolve("lower-back-pain-during-exercise.md");
        try (RunningServer server = RunningServer.start(config)) {
            ContentFolder.write(article, Files.readString(article).replaceFirst("---\n", "---\ntitle: x\n"));
            admin(server, "POST", "/api/admin/reindex?wait=true");
        }
        try (RunningServer restarted = RunningServer.start(config)) {
            assertTrue(restarted.search("hamstring", "").body().get("total").asInt() > 0);
            JsonNode problems = admin(restarted, "GET", "/api/admin/status").body().get("content").get("problems");
            assertEquals(1, problems.size(), problems.toString());
        }
    }

    @Test
    void probesSayLiveAndReady() throws Exception {
        try (RunningServer server = RunningServer.start(config(false))) {
            Reply ready = server.get("/api/ready");
            assertEquals(200, ready.status());
            assertEquals("ready", ready.body().get("status").asText());
            Reply health = server.get("/api/health");
            assertEquals(200, health.status());
            assertTrue(health.body().get("ready").asBoolean());
        }
    }

    @Test
    void adminEndpointsNeedTheBearerToken() throws Exception {
        try (RunningServer server = RunningServer.start(config(false))) {
            HttpResponse<String> none = server.fetch("GET", "/api/admin/status");
            assertEquals(401, none.statusCode());
            assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertTrue(none.body().contains("\"error\""), none.body());
            assertEquals(401, server.fetch("GET", "/api/admin/status", "Authorization", "Bearer wrong").statusCode());
            assertEquals(401, server.fetch("GET", "/api/admin/status", "Authorization",
                    "Bearer " + TOKEN + "x").statusCode());
            assertEquals(401, server.fetch("POST", "/api/admin/reindex", "Authorization", "Basic " + TOKEN).statusCode());
            Reply status = admin(server, "GET", "/api/admin/status");
            assertEquals(200, status.status());
            assertTrue(status.body().get("ready").asBoolean());
            assertTrue(status.body().get("index").get("chunks").asInt() > 0);
            assertTrue(status.body().get("index").get("sizeBytes").asLong() > 0);
            assertEquals(200, server.search("hamstring", "").status(), "search stays public");
        }
    }

    @Test
    void adminEndpointsAreOffWithoutAConfiguredToken() throws Exception {
        try (RunningServer server = RunningServer.start(config(false).with(Setting.ADMIN_TOKEN, ""))) {
            HttpResponse<String> status = server.fetch("GET", "/api/admin/status", "Authorization", "Bearer " + TOKEN);
            assertEquals(404, status.statusCode());
            assertTrue(status.body().contains("admin endpoints are off"), status.body());
        }
    }

    @Test
    void aReindexRequestWithoutWaitIsAcceptedAndRunsInTheBackground() throws Exception {
        try (RunningServer server = RunningServer.start(config(false))) {
            CompletableFuture<IndexRefresh> done = Reindexes.next(server.server().reindexer(), IndexRefresh::rebuilt);
            Reply accepted = admin(server, "POST", "/api/admin/reindex?force=true");
            assertEquals(202, accepted.status());
            assertTrue(done.get(60, TimeUnit.SECONDS).rebuilt());
            JsonNode reindex = admin(server, "GET", "/api/admin/status").body().get("reindex");
            assertEquals("admin", reindex.get("last").get("reason").asText());
            assertFalse(reindex.get("last").get("result").isNull());
            assertEquals(0, reindex.get("failed").asInt());
        }
    }

    private static Reply admin(RunningServer server, String method, String path) throws Exception {
        HttpResponse<String> response = server.fetch(method, path, "Authorization", "Bearer " + TOKEN);
        return new Reply(response.statusCode(), new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()),
                response.headers().firstValue("Content-Type").orElse(""));
    }
}
