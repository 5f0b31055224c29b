package dev.faqindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.testing.HostileRequests;
import dev.faqindex.testing.HostileRequests.Request;
import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.SharedServer;
import dev.faqindex.testing.SharedServer.Folder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * 10,000 generated hostile requests against a real server (semantic index, every search mode): none may get a 5xx
 * or take longer than {@link #SLOWEST_ALLOWED}. A few malformed raw HTTP requests, which no HTTP client library sends,
 * go over a socket.
 */
class HostileQueriesTest {

    private static final int REQUESTS = 10_000;
    private static final int CLIENTS = 4;
    private static final Duration SLOWEST_ALLOWED = Duration.ofSeconds(2);
    private static final Set<Integer> ANSWERS = Set.of(200, 400, 404);
    private static final ObjectMapper JSON = new ObjectMapper();

    @SharedServer(Folder.CONTENT)
    static RunningServer server;

    /** What one request got. */
    private record Outcome(Request request, int status, long nanos, String body) {
    }

    @Test
    void tenThousandHostileRequestsGetNoServerErrorAndNoSlowAnswer() throws Exception {
        List<Request> requests = new HostileRequests(20261125L).generate(REQUESTS);
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            List<Future<List<Outcome>>> futures = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                futures.add(clients.submit(() -> {
                    List<Outcome> outcomes = new ArrayList<>();
                    for (int i = client; i < requests.size(); i += CLIENTS) {
                        outcomes.add(send(http, server.baseUrl(), requests.get(i)));
                    }
                    return outcomes;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<List<Outcome>> future : futures) {
                outcomes.addAll(future.get());
            }

            List<Outcome> failures = outcomes.stream().filter(o -> !ANSWERS.contains(o.status())
                    || (o.status() == 404 && !o.request().pathAndQuery().startsWith("/api/chunks/"))).toList();
            long[] nanos = outcomes.stream().mapToLong(Outcome::nanos).sorted().toArray();
            Outcome slowest = Collections.max(outcomes, (a, b) -> Long.compare(a.nanos(), b.nanos()));
            long badRequests = outcomes.stream().filter(o -> o.status() == 400).count();
            System.out.printf("hostile requests: %d sent, %d answered 200, %d answered 400, %d failures; latency p50 "
                    + "%.1f ms, p99 %.1f ms, slowest %.1f ms (%s %s)%n", outcomes.size(),
                    outcomes.stream().filter(o -> o.status() == 200).count(), badRequests, failures.size(),
                    nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6, slowest.nanos() / 1e6,
                    slowest.request().method(), abbreviate(slowest.request().pathAndQuery()));

            outcomes.stream().collect(java.util.stream.Collectors.groupingBy(o -> o.request().description(),
                    java.util.TreeMap::new, java.util.stream.Collectors.summarizingLong(Outcome::nanos)))
                    .forEach((kind, stats) -> System.out.printf("  %-28s %5d requests, mean %.1f ms, max %.1f ms%n",
                            kind, stats.getCount(), stats.getAverage() / 1e6, stats.getMax() / 1e6));
            assertEquals(REQUESTS, outcomes.size());
            assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures.stream().limit(3)
                    .map(o -> o.status() + " " + abbreviate(o.request().pathAndQuery())
                            + (o.request().body() == null ? "" : " " + abbreviate(o.request().body().codePoints()
                                    .mapToObj(cp -> cp < 0x20 || cp > 0x7e ? String.format("\\u%04x", cp)
                                            : Character.toString(cp)).collect(java.util.stream.Collectors.joining())))
                            + " -> " + abbreviate(o.body()))
                    .toList());
            assertTrue(slowest.nanos() < SLOWEST_ALLOWED.toNanos(), "slowest took " + slowest.nanos() / 1e6 + " ms");
            for (Outcome outcome : outcomes) {
                if (outcome.status() == 400) {
                    JsonNode body = JSON.readTree(outcome.body());
                    assertTrue(body.hasNonNull("error") && !body.get("error").asText().isBlank(), outcome.body());
                }
            }
            long answered = outcomes.stream().filter(o -> o.status() == 200).count();
            assertTrue(badRequests > REQUESTS / 10 && answered > REQUESTS / 10,
                    "the mix must hold both requests to answer and requests to refuse: " + answered + " / " + badRequests);
            assertEquals(200, server.search("hamstring stretch", "").status(), "the server still answers normally");
        }
    }

    @Test
    void malformedRawRequestsGetAClientErrorNotACrash() throws Exception {
        List<String> targets = List.of("/api/search?q=%zz", "/api/search?q=%", "/api/search?q=%u0041",
                "/api/search?q=%C0%AF", "/api/search?q=%FF%FE%00", "/api/search?q=a&q=b&limit=1&limit=2",
                "/api/chunks/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/api/chunks/a%00b/related", "/api/chunks/%C0%AF/related", "/api/search?" + "q=x&".repeat(2_000));
        int port = URI.create(server.baseUrl()).getPort();
        for (String target : targets) {
            int status = rawStatus(port, target);
            assertTrue(status >= 200 && status < 500, target + " -> " + status);
        }
        assertEquals(200, server.search("hamstring stretch", "").status());
    }

    private static Outcome send(HttpClient http, String base, Request request) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.pathAndQuery()))
                .timeout(Duration.ofSeconds(30));
        if (request.method().equals("POST")) {
            builder.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(request.body()));
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Outcome(request, response.statusCode(), System.nanoTime() - start, response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (IOException e) {
            return new Outcome(request, -1, System.nanoTime() - start, "no answer: " + e);
        }
    }

    /** Sends one request line as typed, over a plain socket, and reads the status code. */
    private static int rawStatus(int port, String target) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(12);
            String statusLine = new String(head, StandardCharsets.ISO_8859_1);
            assertTrue(statusLine.startsWith("HTTP/1.1 "), "no HTTP answer for " + target + ": "
                    + Arrays.toString(head));
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 160 ? text : text.substring(0, 160) + "...";
    }
}
