package dev.faqindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.index.IndexCommitInfo;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.testing.ContentFolder;
import dev.faqindex.testing.GeneratedContent;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.RunningServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of indexing, in a separate JVM running the real {@code faq-index index} command:
 * afterwards the index folder must be whole (Lucene's CheckIndex finds nothing wrong), hold the last complete build
 * (or none), and a restarted server must serve it and finish the interrupted build.
 */
class CrashRecoveryTest {

    /** Generated articles: 800 of 20 sections, 16,000 chunks; the kill comes at 10,000, inside the build. */
    private static final int ARTICLES = 800;
    private static final int SECTIONS = 20;

    @TempDir
    Path temp;

    private FaqIndexConfig config(Path content) {
        return RunningServer.testConfig(content, temp.resolve("index")).with(Setting.SEMANTIC, false);
    }

    @Test
    void killedDuringARebuildTheLastCompleteBuildKeepsServingAndTheRestartFinishesTheJob() throws Exception {
        Path content = ContentFolder.copy(Paths.content(), temp.resolve("content"));
        FaqIndexConfig config = config(content);
        int firstBuild;
        String firstFingerprint;
        try (LiveIndex index = LiveIndex.open(config)) {
            firstBuild = index.commitInfo().orElseThrow().chunks();
            firstFingerprint = index.commitInfo().orElseThrow().fingerprint();
        }
        GeneratedContent.fromOwnContent().write(content, "generated", ARTICLES, SECTIONS, 42L);

        killWhileIndexing(config);

        try (Directory directory = FSDirectory.open(config.folder(Setting.INDEX_DIR))) {
            assertWhole(directory);
            IndexCommitInfo survivor = IndexCommitInfo.readLatest(directory).orElseThrow();
            assertEquals(firstFingerprint, survivor.fingerprint(), "the interrupted build never became the commit");
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertEquals(firstBuild, reader.numDocs());
            }
        }
        try (RunningServer server = RunningServer.startServing(config)) {
            assertTrue(server.index().ready(), "the surviving build serves at once");
            RunningServer.Reply before = server.search("hamstring stretch", "");
            assertEquals(200, before.status());
            assertTrue(before.body().get("total").asInt() > 0);
            int rebuilt = server.server().firstRefresh().get(5, TimeUnit.MINUTES).chunks();
            assertEquals(firstBuild + ARTICLES * SECTIONS, rebuilt, "the restart finished the interrupted build");
        }
        try (Directory directory = FSDirectory.open(config.folder(Setting.INDEX_DIR))) {
            assertWhole(directory);
        }
    }

    @Test
    void killedDuringTheFirstBuildNothingHalfBuiltIsLeftToServe() throws Exception {
        Path content = ContentFolder.copy(Paths.content(), temp.resolve("content"));
        GeneratedContent.fromOwnContent().write(content, "generated", ARTICLES, SECTIONS, 7L);
        FaqIndexConfig config = config(content);

        killWhileIndexing(config);

        try (Directory directory = FSDirectory.open(config.folder(Setting.INDEX_DIR))) {
            assertFalse(IndexCommitInfo.readLatest(directory).isPresent(), "no complete build, so no faq-index commit");
        }
        try (RunningServer server = RunningServer.start(config)) {
            assertTrue(server.search("hamstring stretch", "").body().get("total").asInt() > 0);
            assertTrue(server.index().commitInfo().orElseThrow().chunks() >= ARTICLES * SECTIONS);
        }
        try (Directory directory = FSDirectory.open(config.folder(Setting.INDEX_DIR))) {
            assertWhole(directory);
        }
    }

    /**
     * Runs {@code faq-index index} on {@code config}'s folders in a new JVM and kills it with SIGKILL as soon as it
     * reports its first 10,000 chunks written.
     */
    private static void killWhileIndexing(FaqIndexConfig config) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                "dev.faqindex.cli.Main", "index",
                "--content", config.folder(Setting.CONTENT_DIR).toString(),
                "--index", config.folder(Setting.INDEX_DIR).toString(),
                "--no-semantic"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        boolean killed = false;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (line.contains("chunks written")) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
                    killed = true;
                    System.out.println("kill -9 sent to the indexer after: " + line.strip());
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertTrue(killed, "the indexer never reported progress: " + output);
        assertEquals(137, child.exitValue(), "killed by SIGKILL (128 + 9)");
    }

    private static void assertWhole(Directory directory) throws IOException {
        try (CheckIndex check = new CheckIndex(directory)) {
            CheckIndex.Status status = check.checkIndex();
            assertTrue(status.clean, "CheckIndex found problems");
        }
    }
}
