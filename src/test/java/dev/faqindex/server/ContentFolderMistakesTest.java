package dev.faqindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.index.IndexRefresh;
import dev.faqindex.index.ReindexRun;
import dev.faqindex.testing.ContentFolder;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.Reindexes;
import dev.faqindex.testing.RunningServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What operators do to a content folder while a server watches it, done as they do it, on a real server: a folder
 * given as a symbolic link, a folder deleted and made again, a new folder swapped in with {@code mv}, a folder
 * emptied, a file emptied. The server follows the folder where it is, never lets an empty folder replace a good
 * index, keeps the last good version of an emptied file, and says so in {@code /api/admin/status} and
 * {@code /api/ready}.
 */
class ContentFolderMistakesTest {

    private static final String TOKEN = "test-admin-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = "lower-back-pain-during-exercise.md";
    private static final String SOURDOUGH = """
            ---
            title: Keeping a sourdough starter alive
            ---

            ## Feeding schedule

            Feed the starter flour and water once a day when it lives on the counter.
            """;
    private static final String KOMBUCHA = """
            ---
            title: Brewing kombucha at home
            ---

            ## Second fermentation

            Bottle the tea with a little fruit and leave it two days before chilling it.
            """;

    @TempDir
    Path temp;

    private FaqIndexConfig config(Path content) {
        return RunningServer.testConfig(content, temp.resolve("index")).with(Setting.WATCH, true)
                .with(Setting.SEMANTIC, false).with(Setting.ADMIN_TOKEN, TOKEN);
    }

    @Test
    void aContentFolderGivenAsASymbolicLinkIsReadWhereItPointsAndFollowedWhenTheLinkSwitches() throws Exception {
        Path first = ContentFolder.copy(Paths.content(), temp.resolve("releases/1"));
        Path second = ContentFolder.copy(Paths.content(), temp.resolve("releases/2"));
        Files.writeString(second.resolve("sourdough.md"), SOURDOUGH);
        Path link = Files.createSymbolicLink(temp.resolve("current"), first);
        try (RunningServer server = RunningServer.start(config(link))) {
            assertTrue(server.get("/api/ready").body().path("chunks").asInt() > 10, "the linked folder's articles");
            assertTrue(server.search("hamstring", "").body().path("total").asInt() > 0);

            CompletableFuture<IndexRefresh> switched = Reindexes.next(server.server().reindexer(),
                    refresh -> refresh.articles() == 2);
            Path next = Files.createSymbolicLink(temp.resolve("current.next"), second);
            Files.move(next, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            switched.get(30, TimeUnit.SECONDS);
            assertEquals("sourdough:feeding-schedule",
                    server.search("sourdough starter", "").body().path("hits").path(0).path("id").asText());
            JsonNode watch = status(server).path("content").path("watch");
            assertEquals(second.toRealPath().toString(), watch.path("watching").asText(), watch.toString());
        }
    }

    @Test
    void anEmptiedContentFolderNeverReplacesAGoodIndex() throws Exception {
        Path content = ContentFolder.copy(Paths.content(), temp.resolve("content"));
        try (RunningServer server = RunningServer.start(config(content))) {
            int chunks = server.get("/api/ready").body().path("chunks").asInt();
            CompletableFuture<ReindexRun> refused = Reindexes.nextFailure(server.server().reindexer());
            try (Stream<Path> files = Files.list(content)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            ReindexRun run = refused.get(30, TimeUnit.SECONDS);
            assertTrue(run.error().orElse("").contains("holds no content files"), run.toString());

            assertTrue(server.search("hamstring", "").body().path("total").asInt() > 0, "the good index serves on");
            RunningServer.Reply ready = server.get("/api/ready");
            assertEquals(200, ready.status(), "it still serves: ready, honestly with a warning");
            assertEquals(chunks, ready.body().path("chunks").asInt());
            assertTrue(ready.body().path("warning").asText().contains("holds no content files"), ready.body().toString());
            JsonNode reindex = status(server).path("reindex");
            assertTrue(reindex.path("lastFailure").path("error").asText().contains("holds no content files"),
                    reindex.toString());
            assertFalse(reindex.path("retryAt").isNull(), "the rebuild is tried again: " + reindex);

            CompletableFuture<IndexRefresh> back = Reindexes.next(server.server().reindexer(), refresh -> true);
            ContentFolder.copy(Paths.content(), content);
            assertFalse(back.get(30, TimeUnit.SECONDS).rebuilt(), "the same content: the kept index is current");
            assertFalse(server.get("/api/ready").body().has("warning"), "content back, warning gone");
        }
    }

    @Test
    void anEmptiedFileKeepsItsLastGoodVersionAndIsReported() throws Exception {
        Path content = ContentFolder.copy(Paths.content(), temp.resolve("content"));
        try (RunningServer server = RunningServer.start(config(content))) {
            int chunks = server.get("/api/ready").body().path("chunks").asInt();
            CompletableFuture<IndexRefresh> rebuilt = Reindexes.next(server.server().reindexer(),
                    IndexRefresh::rebuilt);
            Files.write(content.resolve(ARTICLE), new byte[0]);
            IndexRefresh refresh = rebuilt.get(30, TimeUnit.SECONDS);
            assertEquals(chunks, refresh.chunks(), "the emptied article keeps its chunks");
            assertTrue(server.search("hamstring", "").body().path("total").asInt() > 0);
            JsonNode contentStatus = status(server).path("content");
            assertEquals(ARTICLE, contentStatus.path("servingLastGoodVersionOf").path(0).asText(),
                    contentStatus.toString());
            JsonNode problem = contentStatus.path("problems").path(0);
            assertEquals(ARTICLE, problem.path("file").asText());
            assertTrue(problem.path("message").asText().contains("empty"), problem.toString());
        }
    }

    @Test
    void theWatcherFollowsAFolderDeletedAndMadeAgain() throws Exception {
        Path content = ContentFolder.copy(Paths.content(), temp.resolve("content"));
        try (RunningServer server = RunningServer.start(config(content))) {
            CompletableFuture<IndexRefresh> remade = Reindexes.next(server.server().reindexer(),
                    refresh -> refresh.articles() == 2);
            deleteTree(content);
            ContentFolder.copy(Paths.content(), content);
            Files.writeString(content.resolve("sourdough.md"), SOURDOUGH);
            remade.get(30, TimeUnit.SECONDS);
            assertEquals("sourdough:feeding-schedule",
                    server.search("sourdough starter", "").body().path("hits").path(0).path("id").asText());

            assertStillWatched(server, content, 3);
        }
    }

    @Test
    void theWatcherFollowsAFolderSwappedInWithMv() throws Exception {
        Path content = ContentFolder.copy(Paths.content(), temp.resolve("content"));
        try (RunningServer server = RunningServer.start(config(content))) {
            Path staged = ContentFolder.copy(Paths.content(), temp.resolve("content.new"));
            Files.writeString(staged.resolve("sourdough.md"), SOURDOUGH);
            CompletableFuture<IndexRefresh> swapped = Reindexes.next(server.server().reindexer(),
                    refresh -> refresh.articles() == 2);
            Files.move(content, temp.resolve("content.old"), StandardCopyOption.ATOMIC_MOVE);
            Files.move(staged, content, StandardCopyOption.ATOMIC_MOVE);
            swapped.get(30, TimeUnit.SECONDS);
            assertEquals("sourdough:feeding-schedule",
                    server.search("sourdough starter", "").body().path("hits").path(0).path("id").asText());

            assertStillWatched(server, content, 3);
        }
    }

    /** The watcher watches the folder now at {@code content}, and an edit there is indexed. */
    private void assertStillWatched(RunningServer server, Path content, int articles) throws Exception {
        CompletableFuture<IndexRefresh> edited = Reindexes.next(server.server().reindexer(),
                refresh -> refresh.articles() == articles);
        ContentFolder.write(content.resolve("kombucha.md"), KOMBUCHA);
        edited.get(30, TimeUnit.SECONDS);
        assertEquals("kombucha:second-fermentation",
                server.search("kombucha fruit", "").body().path("hits").path(0).path("id").asText());
        JsonNode watch = status(server).path("content").path("watch");
        assertEquals(content.toRealPath().toString(), watch.path("watching").asText(), watch.toString());
        assertTrue(watch.path("reattached").asInt() >= 1, watch.toString());
        assertTrue(watch.path("problem").isNull(), watch.toString());
    }

    private static JsonNode status(RunningServer server) throws IOException {
        HttpResponse<String> answer = server.fetch("GET", "/api/admin/status", "Authorization", "Bearer " + TOKEN);
        assertEquals(200, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
