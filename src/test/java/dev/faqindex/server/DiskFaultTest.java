package dev.faqindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.index.IndexRefresh;
import dev.faqindex.index.ReindexRun;
import dev.faqindex.testing.ContentFolder;
import dev.faqindex.testing.FaultyDisk;
import dev.faqindex.testing.GeneratedContent;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.Reindexes;
import dev.faqindex.testing.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index folder's disk fails and recovers under a running server ({@link FaultyDisk}: a full tmpfs as root, a
 * read-only folder otherwise): a rebuild that fails keeps the previous index serving, says why, and is tried again
 * with a growing back-off until the disk takes writes again, without anyone asking; a first start on a disk too full
 * for the index says so instead of claiming the index is being built.
 */
class DiskFaultTest {

    @TempDir
    Path temp;

    @Test
    void aRebuildThatFailedOnTheDiskIsRetriedUntilTheDiskRecovers() throws Exception {
        Path content = ContentFolder.copy(Paths.content(), temp.resolve("content"));
        try (FaultyDisk disk = FaultyDisk.at(temp.resolve("disk"), 64L << 20)) {
            FaqIndexConfig config = RunningServer.testConfig(content, disk.folder().resolve("index"))
                    .with(Setting.SEMANTIC, false).with(Setting.WATCH, true)
                    .with(Setting.ANALYTICS_DIR, temp.resolve("analytics"));
            try (RunningServer server = RunningServer.start(config)) {
                disk.fail();
                CompletableFuture<ReindexRun> failed = Reindexes.nextFailure(server.server().reindexer());
                CompletableFuture<IndexRefresh> recovered = Reindexes.next(server.server().reindexer(),
                        refresh -> refresh.articles() == 2);
                ContentFolder.write(content.resolve("sourdough.md"), """
                        ---
                        title: Keeping a sourdough starter alive
                        ---

                        ## Feeding schedule

                        Feed the starter flour and water once a day when it lives on the counter.
                        """);
                ReindexRun run = failed.get(30, TimeUnit.SECONDS);
                System.out.println("the rebuild failed on the " + (disk.resizable() ? "full" : "read-only")
                        + " disk: " + run.error().orElse(""));
                assertTrue(server.search("hamstring", "").body().path("total").asInt() > 0, "the old index serves");
                JsonNode ready = server.get("/api/ready").body();
                assertTrue(ready.path("warning").asText().contains("trying again in"), ready.toString());
                assertFalse(recovered.isDone(), "no rebuild can succeed on the failed disk");

                disk.recover();
                recovered.get(60, TimeUnit.SECONDS);
                assertEquals("sourdough:feeding-schedule",
                        server.search("sourdough starter", "").body().path("hits").path(0).path("id").asText());
                assertFalse(server.get("/api/ready").body().has("warning"), "recovered: no warning left");
            }
        }
    }

    @Test
    void aFirstStartOnADiskTooFullForTheIndexSaysSoAndBuildsOnceThereIsRoom() throws Exception {
        Path content = temp.resolve("content");
        GeneratedContent.fromOwnContent().write(content, "big", 150, 12, 15);
        try (FaultyDisk disk = FaultyDisk.at(temp.resolve("disk"), 256L << 10)) {
            Assumptions.assumeTrue(disk.resizable(), "a disk too small for the index but not for an empty one"
                    + " needs a tmpfs, so root");
            FaqIndexConfig config = RunningServer.testConfig(content, disk.folder().resolve("index"))
                    .with(Setting.SEMANTIC, false).with(Setting.ANALYTICS_DIR, temp.resolve("analytics"));
            try (RunningServer server = RunningServer.startServing(config)) {
                try {
                    server.server().firstRefresh().get(2, TimeUnit.MINUTES);
                } catch (java.util.concurrent.ExecutionException expected) {
                    // the first build fails on the full disk
                }
                RunningServer.Reply ready = server.get("/api/ready");
                assertEquals(503, ready.status());
                assertEquals("failing", ready.body().path("status").asText(), ready.body().toString());
                String message = ready.body().path("message").asText();
                assertTrue(message.startsWith("the index could not be built: "), message);
                assertTrue(message.toLowerCase().contains("no space left on device"), message);
                assertTrue(message.contains("trying again in"), message);
                RunningServer.Reply search = server.search("stretching", "");
                assertEquals(503, search.status());
                assertEquals(message.substring(0, 40), search.body().path("error").asText().substring(0, 40));

                CompletableFuture<IndexRefresh> built = Reindexes.next(server.server().reindexer(),
                        IndexRefresh::rebuilt);
                disk.resize(64L << 20);
                built.get(2, TimeUnit.MINUTES);
                assertEquals(200, server.get("/api/ready").status());
                assertTrue(server.search("stretching", "").body().path("total").asInt() > 0);
                assertTrue(Files.exists(disk.folder().resolve("index")));
            }
        }
    }
}
