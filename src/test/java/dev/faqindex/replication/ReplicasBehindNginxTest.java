package dev.faqindex.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.testing.ContentFolder;
import dev.faqindex.testing.Nginx;
import dev.faqindex.testing.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A primary and two replicas, each a JVM of its own, behind a real nginx on loopback: an edit on the primary is
 * searchable through nginx within 5 s; a replica killed with SIGKILL under load fails no request through nginx; the
 * restarted replica catches up with an edit made while it was down and becomes ready; with the primary stopped,
 * search still answers; and the searches made on the replicas reach the primary's analytics report, those made while
 * it was away included. Lexical only (no embeddings), so the processes start and index in seconds.
 */
class ReplicasBehindNginxTest {

    private static final String TOKEN = "replication-secret-0123456789";
    private static final String ADMIN = "admin-secret-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READY = Duration.ofSeconds(60);
    /** The pause of each of the two load clients between requests. */
    private static final Duration PACE = Duration.ofMillis(20);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path work;

    @Test
    void replicasServeThroughNginxThroughAnEditAKillAndThePrimaryStopping() throws Exception {
        assumeTrue(Nginx.installed(), "nginx is not installed (apt-get install nginx; .ci/run installs it)");
        Path content = Files.createDirectories(work.resolve("primary/content"));
        ContentFolder.write(content.resolve("bicycle-care.md"), article("Bicycle care", "Chain cleaning",
                "Wipe the chain with a dry rag after every wet ride, then oil each link sparingly."));
        ContentFolder.write(content.resolve("synonyms.txt"), "bike, bicycle\n");
        int primaryPort = ServerProcess.freePort();
        int[] replicaPorts = {ServerProcess.freePort(), ServerProcess.freePort()};
        List<ServerProcess> started = new ArrayList<>();
        ServerProcess primary = start(started, primary(primaryPort), primaryPort, "primary");
        try {
            primary.awaitReady(READY);
            ServerProcess first = start(started, replica(0, replicaPorts[0], primaryPort), replicaPorts[0], "replica0");
            ServerProcess second = start(started, replica(1, replicaPorts[1], primaryPort), replicaPorts[1],
                    "replica1");
            first.awaitReady(READY);
            second.awaitReady(READY);
            assertTrue(total(url(replicaPorts[1]), "bike") > 0, "synonyms.txt travels with the revision (the content says bicycle)");
            try (Nginx nginx = Nginx.start(work.resolve("nginx"), ServerProcess.freePort(),
                    List.of(replicaPorts[0], replicaPorts[1]))) {
                editIsSearchableThroughNginx(nginx, content);
                killedReplicaFailsNoRequest(nginx, started, first, replicaPorts[0],
                        primaryPort, content);
                replicaSearchesReachThePrimary(nginx, url(primaryPort));
                primary.stop();
                started.remove(primary);
                JsonNode answer = json(get(nginx.baseUrl() + "/api/search?q=chain&mode=lexical"));
                assertTrue(answer.path("total").asInt() > 0, "search answers with the primary stopped: " + answer);
                assertEquals(200, get(url(replicaPorts[0]) + "/api/ready").statusCode());
                searchesWhileThePrimaryIsAwayReachItLater(nginx, primaryPort, started);
            }
        } finally {
            started.forEach(ServerProcess::close);
        }
    }

    private void editIsSearchableThroughNginx(Nginx nginx, Path content) throws Exception {
        assertEquals(0, total(nginx.baseUrl(), "derailleur"));
        long start = System.nanoTime();
        ContentFolder.write(content.resolve("gears.md"), article("Gears", "Derailleur tuning",
                "Turn the barrel adjuster a quarter turn at a time until the derailleur shifts cleanly."));
        long deadline = start + Duration.ofSeconds(5).toNanos();
        int found = 0;
        while (found < 4 && System.nanoTime() < deadline) { // four in a row: both replicas have it
            found = total(nginx.baseUrl(), "derailleur") > 0 ? found + 1 : 0;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(4, found, "the edit was not searchable through nginx on both replicas within 5 s");
        System.out.println("edit to searchable through nginx: " + ms + " ms");
    }

    /**
     * Kills one replica with SIGKILL while two clients search through nginx, edits the content while it is down,
     * restarts it and waits until it is ready; every request through nginx must have answered 200.
     */
    private void killedReplicaFailsNoRequest(Nginx nginx, List<ServerProcess> started, ServerProcess victim,
            int port, int primaryPort, Path content) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        CountDownLatch before = new CountDownLatch(50);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            clients.add(Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    try {
                        HttpResponse<String> response = get(nginx.baseUrl()
                                + "/api/search?q=chain+oil&mode=lexical&analytics=false");
                        if (response.statusCode() == 200) {
                            answered.incrementAndGet();
                        } else {
                            failures.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                        }
                    } catch (IOException e) {
                        failures.merge(e.toString(), 1, Integer::sum);
                    } catch (InterruptedException e) {
                        return;
                    }
                    before.countDown();
                    LockSupport.parkNanos(PACE.toNanos()); // bounded load: about 100 requests a second in all
                }
            }));
        }
        assertTrue(before.await(30, TimeUnit.SECONDS), "load through nginx did not get going");
        victim.close(); // SIGKILL
        started.remove(victim);
        int atKill = answered.get();
        ContentFolder.write(content.resolve("tyres.md"), article("Tyres", "Tubeless sealant",
                "Top up the tubeless sealant every few months, as it dries inside the tyre."));
        long restartedAt = System.nanoTime();
        ServerProcess restarted = start(started, replica(0, port, primaryPort), port, "replica0-restarted");
        restarted.awaitReady(READY);
        long catchUpMs = (System.nanoTime() - restartedAt) / 1_000_000;
        int target = answered.get() + 50; // and a while longer, with the restarted replica back in the upstream
        while (answered.get() < target && failures.isEmpty() && clients.stream().anyMatch(Thread::isAlive)) {
            Thread.onSpinWait();
        }
        stop.set(true);
        for (Thread thread : clients) {
            thread.join();
        }
        assertEquals(Map.of(), failures, "requests failed through nginx while a replica was killed:\n"
                + nginx.errorLog());
        assertTrue(answered.get() - atKill >= 50, "requests answered after the kill: " + (answered.get() - atKill));
        assertEquals(1, total(url(port), "sealant"), "the restarted replica caught up with the edit");
        System.out.println("requests through nginx during replica loss: " + answered.get() + " answered, 0 failed;"
                + " restarted replica ready in " + catchUpMs + " ms");
    }

    private void replicaSearchesReachThePrimary(Nginx nginx, String primary) throws Exception {
        for (int i = 0; i < 4; i++) {
            assertEquals(200, get(nginx.baseUrl() + "/api/search?q=barrel+adjuster&mode=lexical").statusCode());
        }
        awaitSearches(primary, "barrel adjuster", 4);
    }

    private void searchesWhileThePrimaryIsAwayReachItLater(Nginx nginx, int primaryPort, List<ServerProcess> started)
            throws Exception {
        for (int i = 0; i < 2; i++) {
            assertEquals(200, get(nginx.baseUrl() + "/api/search?q=sealant+top+up&mode=lexical").statusCode());
        }
        ServerProcess primary = start(started, primary(primaryPort), primaryPort, "primary-restarted");
        primary.awaitReady(READY);
        awaitSearches(url(primaryPort), "sealant top up", 2);
    }

    /** Waits until the primary's analytics report counts {@code searches} of {@code query}. */
    private void awaitSearches(String primary, String query, int searches) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long counted = 0;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> report = client.send(HttpRequest.newBuilder(URI.create(primary
                    + "/api/admin/analytics?limit=100")).header("Authorization", "Bearer " + ADMIN).build(),
                    HttpResponse.BodyHandlers.ofString());
            counted = 0;
            for (JsonNode row : json(report).path("topQueries")) {
                if (row.path("query").asText().equals(query)) {
                    counted = row.path("searches").asLong();
                }
            }
            if (counted >= searches) {
                assertEquals(searches, counted, "each replica's search counted once");
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the primary's report counts " + counted + " searches of '" + query + "', not "
                + searches);
    }

    private ProcessBuilder primary(int port) {
        Path home = work.resolve("primary");
        return faqIndex(home, Map.of("FAQ_INDEX_ADMIN_TOKEN", ADMIN), "serve", "--role", "primary", "--port",
                Integer.toString(port), "--content", home.resolve("content").toString(), "--index",
                home.resolve("index").toString());
    }

    private ProcessBuilder replica(int number, int port, int primaryPort) {
        Path home = work.resolve("replica" + number);
        return faqIndex(home, Map.of(), "serve", "--role", "replica", "--primary",
                "http://127.0.0.1:" + primaryPort, "--port", Integer.toString(port), "--content",
                home.resolve("content").toString(), "--index", home.resolve("index").toString());
    }

    /** faq-index in a JVM of its own ({@link ServerProcess#faqIndex}), small heap, lexical only, rate limit off. */
    private static ProcessBuilder faqIndex(Path home, Map<String, String> env, String... args) {
        ProcessBuilder builder = ServerProcess.faqIndex(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC"), args);
        builder.environment().putAll(env);
        builder.environment().put("FAQ_INDEX_REPLICATION_TOKEN", TOKEN);
        builder.environment().put("FAQ_INDEX_SEMANTIC", "false");
        builder.environment().put("FAQ_INDEX_LIMITS_RATE_PER_MINUTE", "0");
        builder.environment().put("FAQ_INDEX_ACCESS_LOG", "false");
        return builder;
    }

    private ServerProcess start(List<ServerProcess> started, ProcessBuilder command, int port, String name)
            throws IOException {
        Files.createDirectories(work.resolve("logs"));
        ServerProcess process = ServerProcess.start(command, port, work.resolve("logs").resolve(name + ".log"));
        started.add(process);
        return process;
    }

    private static String url(int port) {
        return "http://127.0.0.1:" + port;
    }

    private int total(String baseUrl, String query) throws Exception {
        return json(get(baseUrl + "/api/search?mode=lexical&analytics=false&q=" + query.replace(' ', '+')))
                .path("total").asInt();
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), () -> response.uri() + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static String article(String title, String section, String text) {
        return "---\ntitle: " + title + "\n---\n\nHow to look after it.\n\n## " + section + "\n\n" + text + "\n";
    }
}
