package dev.faqindex.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.index.IndexFolderInUseException;
import dev.faqindex.testing.ContentFolder;
import dev.faqindex.testing.RunningServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The primary's replication endpoints over HTTP (who may call them, what they list and send, what they refuse), and a
 * replica in this JVM copying from them: ready once caught up, answering as the primary does, refusing to reindex,
 * and copying again a file damaged on its disk while it was stopped; internal pages travel and keep their audience
 * there, rules are edited on the primary only, and the replica owns its index folder.
 */
class ReplicationEndpointsTest {

    private static final String TOKEN = "replication-secret-0123456789";
    private static final String ADMIN = "admin-secret-0123456789";
    private static final String AGENT = "agent-secret-0123456789";

    @TempDir
    static Path work;

    private static RunningServer primary;
    private static Path content;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void startPrimary() throws IOException {
        content = Files.createDirectories(work.resolve("content"));
        ContentFolder.write(content.resolve("kettles.md"), "---\ntitle: Kettles\n---\n\nLooking after a kettle.\n\n"
                + "## Descaling\n\nScale builds up where the water is hard. Boil a mix of water and citric acid, leave it an hour, then rinse twice.\n");
        Files.createDirectories(content.resolve("images"));
        Files.write(content.resolve("images/kettle.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Files.writeString(content.resolve("synonyms.txt"), "limescale, scale\n");
        Files.writeString(content.resolve(".draft.md"), "# not published\n");
        ContentFolder.write(content.resolve("workshop-notes.md"), "---\ntitle: Workshop notes\nvisibility: internal\n"
                + "---\n\nFor the support team.\n\n## Warranty swaps\n\nA kettle whose thermostat clicks off early is "
                + "swapped under warranty without a receipt.\n");
        primary = RunningServer.start(RunningServer.testConfig(content, work.resolve("primary-index"))
                .with(Setting.SEMANTIC, false).with(Setting.REPLICATION_ROLE, "primary")
                .with(Setting.REPLICATION_TOKEN, TOKEN));
    }

    @AfterAll
    static void stopPrimary() {
        primary.close();
    }

    @Test
    void onlyReplicasWithTheTokenGetIn() throws Exception {
        HttpResponse<String> none = call("/api/replication/revision", null);
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").isPresent());
        assertEquals(401, call("/api/replication/revision", "Bearer " + TOKEN + "x").statusCode());
        assertEquals(401, call("/api/replication/revision", "Basic " + TOKEN).statusCode());
        try (RunningServer standalone = RunningServer.start(RunningServer.testConfig(content,
                work.resolve("standalone-index")).with(Setting.SEMANTIC, false))) {
            RunningServer.Reply off = standalone.get("/api/replication/revision", "Authorization", "Bearer " + TOKEN);
            assertEquals(404, off.status());
            assertTrue(off.body().path("error").asText().contains("replication.role"), off.body().toString());
        }
    }

    @Test
    void theRevisionListsTheCommitAndTheContentFolder() throws Exception {
        JsonNode revision = revision("");
        List<String> index = names(revision.path("index"));
        assertTrue(index.stream().anyMatch(name -> name.startsWith("segments_")), index.toString());
        assertEquals(List.of("images/kettle.png", "kettles.md", "synonyms.txt", "workshop-notes.md"),
                names(revision.path("content")), "hidden files stay behind; internal pages are content and travel");
        for (JsonNode file : revision.path("index")) {
            assertTrue(file.path("length").asLong() > 0 && !file.path("checksum").asText().isEmpty(), file.toString());
        }
        long start = System.nanoTime();
        JsonNode same = revision("?since=" + revision.path("id").asText() + "&wait=300");
        assertEquals(revision.path("id"), same.path("id"), "no commit meanwhile: the same revision after the wait");
        assertTrue(System.nanoTime() - start >= 250_000_000L, "a long poll waits for a newer revision");
        HttpResponse<String> bad = call("/api/replication/revision?wait=999999", "Bearer " + TOKEN);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("wait"), bad.body());
    }

    @Test
    void filesAreSentAsAskedAndNothingOutsideTheFolders() throws Exception {
        JsonNode revision = revision("");
        String segments = names(revision.path("index")).stream().filter(n -> n.startsWith("segments_")).findFirst()
                .orElseThrow();
        Map<String, byte[]> sent = files("{\"index\": [\"" + segments + "\", \"../primary-index/" + segments
                + "\", \"write.lock\"], \"content\": [\"images/kettle.png\", \"../kettles.md\", \".draft.md\","
                + " \"/etc/hostname\", \"images/../../content/kettles.md\"]}");
        assertEquals(List.of("content/images/kettle.png", "index/" + segments),
                sent.keySet().stream().sorted().toList());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(content.resolve("images/kettle.png")),
                sent.get("content/images/kettle.png")));
        HttpResponse<String> notJson = post("/api/replication/files", "[1, 2]");
        assertEquals(400, notJson.statusCode());
    }

    @Test
    void aReplicaCatchesUpServesAndRecopiesADamagedFile() throws Exception {
        Path replicaHome = work.resolve("replica");
        FaqIndexConfig config = RunningServer.testConfig(replicaHome.resolve("content"), replicaHome.resolve("index"))
                .with(Setting.SEMANTIC, false).with(Setting.REPLICATION_ROLE, "replica")
                .with(Setting.REPLICATION_TOKEN, TOKEN)
                .with(Setting.REPLICATION_PRIMARY, "http://127.0.0.1:" + port(primary))
                .with(Setting.ADMIN_TOKEN, ADMIN).with(Setting.AGENT_TOKENS, AGENT);
        JsonNode expected = primary.get("/api/search?q=limescale&mode=lexical&analytics=false").body();
        assertTrue(expected.path("total").asInt() > 0, "the synonyms find the section: " + expected);
        try (RunningServer replica = RunningServer.startServing(config)) {
            awaitReady(replica);
            assertEquals(hitIds(expected), hitIds(replica.get("/api/search?q=limescale&mode=lexical&analytics=false")
                    .body()));
            assertTrue(Files.exists(replicaHome.resolve("content/images/kettle.png")), "images travel too");
            String internalQuery = "/api/search?q=thermostat%20warranty&mode=lexical&analytics=false";
            assertEquals(0, replica.get(internalQuery).body().path("total").asInt(),
                    "the replica keeps internal pages from the public as the primary does");
            JsonNode agents = replica.get(internalQuery, "Authorization", "Bearer " + AGENT).body();
            assertTrue(agents.path("total").asInt() > 0 && agents.path("hits").get(0).path("internal").asBoolean(),
                    "an agent gets the internal page, marked internal: " + agents);
            RunningServer.Reply rules = replica.send("PUT", "/api/admin/rules", "rules: []\n", "Authorization",
                    "Bearer " + ADMIN);
            assertEquals(409, rules.status(), "rules are edited on the primary and travel with the content");
            assertTrue(rules.body().path("error").asText().contains("primary"), rules.body().toString());
            assertFalse(Files.exists(replicaHome.resolve("content/rules.yaml")));
            assertThrows(IndexFolderInUseException.class, () -> RunningServer.startServing(config).close(),
                    "a replica claims its index folder as the other roles do: a second one on it stops at once");
            RunningServer.Reply reindex = replica.post("/api/admin/reindex?wait=true", "{}");
            assertEquals(401, reindex.status(), "the admin token still guards it");
            HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + port(replica) + "/api/admin/reindex")).header("Authorization", "Bearer " + ADMIN)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(409, refused.statusCode());
            assertTrue(refused.body().contains("replica"), refused.body());
        }
        Path biggest;
        try (Stream<Path> files = Files.list(replicaHome.resolve("index"))) {
            biggest = files.filter(f -> f.getFileName().toString().startsWith("_"))
                    .max(Comparator.comparingLong(ReplicationEndpointsTest::size)).orElseThrow();
        }
        try (FileChannel channel = FileChannel.open(biggest, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
            channel.read(one, channel.size() / 2);
            one.put(0, (byte) (one.get(0) ^ 0x5a)).rewind();
            channel.write(one, channel.size() / 2);
        }
        try (RunningServer replica = RunningServer.startServing(config)) {
            awaitReady(replica);
            assertEquals(hitIds(expected), hitIds(replica.get("/api/search?q=limescale&mode=lexical&analytics=false")
                    .body()), "the damaged file was copied again");
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static int port(RunningServer server) {
        return server.server().port();
    }

    private static void awaitReady(RunningServer replica) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (replica.get("/api/ready").status() != 200) {
            assertTrue(System.nanoTime() < deadline, "the replica did not become ready");
            Thread.onSpinWait();
        }
    }

    private static List<String> hitIds(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.path("hits").forEach(hit -> ids.add(hit.path("id").asText()));
        return ids;
    }

    private static List<String> names(JsonNode files) {
        List<String> names = new ArrayList<>();
        files.forEach(file -> names.add(file.path("name").asText()));
        return names;
    }

    private JsonNode revision(String query) throws Exception {
        HttpResponse<String> response = call("/api/replication/revision" + query, "Bearer " + TOKEN);
        assertEquals(200, response.statusCode(), response.body());
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    }

    private HttpResponse<String> call(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(primary) + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(primary) + path))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, byte[]> files(String body) throws Exception {
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + port(primary) + "/api/replication/files")).header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(response.body())) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertFalse(entries.isEmpty());
        return entries;
    }
}
