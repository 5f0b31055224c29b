package dev.faqindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.index.IndexRefresh;
import dev.faqindex.testing.ContentFolder;
import dev.faqindex.testing.GeneratedContent;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.Reindexes;
import dev.faqindex.testing.RunningServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reindexing while a load generator searches: forced rebuilds through the admin API, a new article picked up by the
 * content watcher, and a broken edit of it. No request may fail, and no search may ever see fewer hits than before
 * the rebuilds began (which a half-built or empty index would show).
 */
class ReindexUnderLoadTest {

    private static final String TOKEN = "reindex-load-test-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 3;
    private static final int FORCED_REBUILDS = 4;
    private static final List<String> QUERIES = List.of("hamstring stretch", "core strength", "plank", "lower back pain",
            "warm up before lifting", "when to see a doctor");

    @TempDir
    Path temp;

    /** One failed request: what was asked and what came back. */
    private record Failure(String request, String answer) {
    }

    @Test
    void noRequestFailsAndNoSearchSeesAPartialIndexWhileTheIndexIsRebuilt() throws Exception {
        Path content = ContentFolder.copy(Paths.content(), temp.resolve("content"));
        GeneratedContent.fromOwnContent().write(content, "generated", 150, 10, 11L); // ~1,500 chunks to rebuild
        FaqIndexConfig config = RunningServer.testConfig(content, temp.resolve("index"))
                .with(Setting.SEMANTIC, false).with(Setting.WATCH, true).with(Setting.ADMIN_TOKEN, TOKEN);
        try (RunningServer server = RunningServer.start(config);
                ExecutorService load = Executors.newFixedThreadPool(CLIENTS)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            Map<String, Integer> baseline = new LinkedHashMap<>();
            for (String query : QUERIES) {
                baseline.put(query, server.search(query, "").body().get("total").asInt());
            }
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong sent = new AtomicLong();
            AtomicLong slowestNanos = new AtomicLong();
            ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(load.submit(() -> {
                    for (long i = client; !stop.get(); i += CLIENTS) {
                        String query = QUERIES.get((int) (i % QUERIES.size()));
                        long start = System.nanoTime();
                        Failure failure = i % 5 == 4 ? retrieve(http, server.baseUrl(), query)
                                : search(http, server.baseUrl(), query, baseline.get(query));
                        slowestNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
                        sent.incrementAndGet();
                        if (failure != null) {
                            failures.add(failure);
                        }
                    }
                    return null;
                }));
            }

            for (int i = 0; i < FORCED_REBUILDS; i++) {
                HttpResponse<String> rebuilt = server.fetch("POST", "/api/admin/reindex?force=true&wait=true",
                        "Authorization", "Bearer " + TOKEN);
                assertEquals(200, rebuilt.statusCode(), rebuilt.body());
                assertTrue(JSON.readTree(rebuilt.body()).get("rebuilt").asBoolean());
            }
            CompletableFuture<IndexRefresh> picked = Reindexes.next(server.server().reindexer(), IndexRefresh::rebuilt);
            long edited = System.nanoTime();
            ContentFolder.write(content.resolve("trampoline.md"), """
                    ---
                    title: Trampoline landings
                    ---

                    ## Landing softly

                    A trampolinist lands with bent knees so the mat, not the spine, takes the bounce.
                    """);
            picked.get(60, TimeUnit.SECONDS);
            JsonNode found = server.search("trampolinist", "").body();
            long visibleMs = (System.nanoTime() - edited) / 1_000_000;
            assertEquals("trampoline:landing-softly", found.at("/hits/0/id").asText(), found.toString());

            CompletableFuture<IndexRefresh> broken = Reindexes.next(server.server().reindexer(),
                    refresh -> !refresh.keptPrevious().isEmpty());
            ContentFolder.write(content.resolve("trampoline.md"), "---\ntitle: [unclosed\n---\n\n## Landing\n\nText.\n");
            broken.get(60, TimeUnit.SECONDS);
            assertEquals(1, server.search("trampolinist", "").body().get("total").asInt(),
                    "the broken edit keeps the last good version serving");

            stop.set(true);
            for (Future<?> client : clients) {
                client.get(60, TimeUnit.SECONDS);
            }
            System.out.printf("reindex under load: %d requests sent by %d clients during %d forced rebuilds of %d "
                    + "chunks, a new file and a broken edit; %d failures; slowest %.1f ms; new file searchable "
                    + "after %d ms%n", sent.get(), CLIENTS, FORCED_REBUILDS,
                    server.index().commitInfo().orElseThrow().chunks(), failures.size(), slowestNanos.get() / 1e6,
                    visibleMs);
            assertTrue(failures.isEmpty(), failures.size() + " failed, first: " + failures.stream().limit(3).toList());
            assertTrue(sent.get() > 50, "the load generator ran: " + sent.get());
            assertTrue(visibleMs < 10_000, "the new file took " + visibleMs + " ms to show");
        }
    }

    private static Failure search(HttpClient http, String base, String query, int atLeast) {
        String path = "/api/search?q=" + RunningServer.encode(query);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new Failure(path, response.statusCode() + " " + response.body());
            }
            int total = JSON.readTree(response.body()).get("total").asInt();
            return total >= atLeast ? null : new Failure(path, "total " + total + " < " + atLeast + " before reindexing");
        } catch (IOException | InterruptedException e) {
            return new Failure(path, e.toString());
        }
    }

    private static Failure retrieve(HttpClient http, String base, String query) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/retrieve"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query, "k", 3))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new Failure("POST /api/retrieve " + query, response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).get("passages").isEmpty()
                    ? new Failure("POST /api/retrieve " + query, "no passages") : null;
        } catch (IOException | InterruptedException e) {
            return new Failure("POST /api/retrieve " + query, e.toString());
        }
    }
}
