package dev.faqindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.index.IndexFolderInUseException;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.ServerProcess;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One index folder, one owner: a second server (or index command) on a folder a server has open refuses to start,
 * saying who holds it, and exits non-zero; it never serves the folder. Once the owner stops, the folder is free.
 */
class IndexFolderLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondServerOnTheSameIndexFolderRefusesToStartAndSaysWhy() throws Exception {
        Path index = dir.resolve("index");
        int port = ServerProcess.freePort();
        try (ServerProcess first = ServerProcess.start(serve(index, port), port, dir.resolve("first.log"))) {
            first.awaitReady(Duration.ofMinutes(2));

            int secondPort = ServerProcess.freePort();
            ServerProcess.Finished second = ServerProcess.runToEnd(serve(index, secondPort), dir.resolve("second.log"),
                    Duration.ofMinutes(2), "the second server gives up instead of serving");
            String output = second.output();
            assertEquals(1, second.exitValue(), output);
            assertTrue(output.contains("faq-index: the index folder " + index + " is in use by another faq-index"
                    + " (process " + first.pid() + ","), output);
            assertFalse(output.contains("Exception"), "one readable line, no stack trace:\n" + output);
            assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", secondPort).close(),
                    "the second server never listened");

            assertEquals(200, first.send(first.request("/api/search?q=rest").build()).statusCode(),
                    "the first server serves on");
            assertEquals(143, first.stop());
        }
        FaqIndexConfig config = RunningServer.testConfig(Paths.seed(), index).with(Setting.SEMANTIC, false);
        try (RunningServer again = RunningServer.start(config)) {
            assertEquals(200, again.get("/api/ready").status(), "a stopped owner frees the folder");
        }
    }

    @Test
    void withinOneProcessASecondServerOnTheFolderIsRefusedToo() throws Exception {
        FaqIndexConfig config = RunningServer.testConfig(Paths.seed(), dir.resolve("index"))
                .with(Setting.SEMANTIC, false);
        try (RunningServer first = RunningServer.start(config)) {
            IndexFolderInUseException refused = assertThrows(IndexFolderInUseException.class,
                    () -> RunningServer.start(config.with(Setting.ANALYTICS_DIR, dir.resolve("other-analytics"))));
            assertTrue(refused.getMessage().contains("process " + ProcessHandle.current().pid()),
                    refused.getMessage());
            assertEquals(200, first.get("/api/ready").status());
        }
    }

    private ProcessBuilder serve(Path index, int port) throws Exception {
        return ServerProcess.faqIndex(List.of("-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp"))),
                "serve", "--content", Paths.seed().toString(), "--index", index.toString(),
                "--port", Integer.toString(port), "--no-semantic", "--no-watch");
    }
}
