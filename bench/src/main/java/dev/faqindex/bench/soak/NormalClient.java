package dev.faqindex.bench.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * One well-behaved client, from a loopback address of its own, at the pace of a busy user (well inside the rate
 * limit): searches, suggestions, retrieval, a chunk and an article page of what it found, and an MCP tool call over a
 * session it keeps. Every answer must be the expected one; anything else is a failure, counted with what it was.
 */
final class NormalClient implements Runnable {

    /** Pause between requests: 5 a second, 300 a minute, half the default rate limit. */
    private static final Duration PACE = Duration.ofMillis(200);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> QUERIES = List.of("stretching for back pain", "how long should I rest",
            "is it safe to keep training", "warming up before lifting", "core exercises", "when to see a doctor",
            "ice or heat", "deadlift form", "sore lower back after running", "sleeping position");

    private final String name;
    private final String baseUrl;
    private final InetAddress address;
    private final Tally tally;
    private final BooleanSupplier running;
    private final Random random;
    private final HttpClient http;

    NormalClient(int number, String baseUrl, Tally tally, BooleanSupplier running) {
        this.name = "normal";
        this.baseUrl = baseUrl;
        this.address = LoopbackAddresses.of(1, number);
        this.tally = tally;
        this.running = running;
        this.random = new Random(number);
        this.http = HttpClient.newBuilder().localAddress(address).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public void run() {
        McpSyncClient mcp = mcp();
        try {
            for (int i = 0; running.getAsBoolean(); i++) {
                step(i, mcp);
                Thread.sleep(PACE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            mcp.closeGracefully();
        }
    }

    private void step(int i, McpSyncClient mcp) {
        String query = QUERIES.get(random.nextInt(QUERIES.size()));
        try {
            switch (i % 6) {
                case 0, 3 -> {
                    JsonNode found = get("/api/search?q=" + encode(query) + "&limit=5");
                    if (found != null && !found.path("hits").isEmpty()) {
                        JsonNode hit = found.path("hits").get(random.nextInt(found.path("hits").size()));
                        get("/api/chunks/" + encode(hit.path("id").asText()));
                        page(hit.path("url").asText().replaceFirst("#.*", ""));
                    }
                }
                case 1 -> get("/api/suggest?q=" + encode(query.substring(0, 1 + random.nextInt(5))));
                case 2 -> post("/api/retrieve", "{\"query\": \"" + query + "\", \"k\": 3}");
                case 4 -> {
                    McpSchema.CallToolResult result = mcp.callTool(new McpSchema.CallToolRequest(
                            "search_knowledge_base", Map.of("query", query, "k", 3)));
                    tally.add(name, Boolean.TRUE.equals(result.isError()) ? "failed: mcp tool error" : "200 mcp");
                }
                default -> get("/api/health");
            }
        } catch (Exception e) {
            tally.add(name, "failed: " + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage())
                    .lines().findFirst().orElse(""));
        }
    }

    private JsonNode get(String path) throws Exception {
        return answer(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(15)).GET());
    }

    private void post(String path, String body) throws Exception {
        answer(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private void page(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(15)).GET().build(), HttpResponse.BodyHandlers.ofString());
        tally.add(name, response.statusCode() == 200 ? "200" : "failed: " + response.statusCode() + " " + path);
    }

    private JsonNode answer(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            tally.add(name, "failed: " + response.statusCode() + " " + response.request().uri().getPath());
            return null;
        }
        tally.add(name, "200");
        return JSON.readTree(response.body());
    }

    private McpSyncClient mcp() {
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(baseUrl).endpoint("/mcp")
                        .clientBuilder(HttpClient.newBuilder().localAddress(address)
                                .connectTimeout(Duration.ofSeconds(5)))
                        .build())
                .clientInfo(new McpSchema.Implementation("soak-normal", "1.0"))
                .requestTimeout(Duration.ofSeconds(20))
                .build();
        client.initialize();
        return client;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
