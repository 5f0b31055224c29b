package dev.faqindex.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.testing.Paths;
import dev.faqindex.testing.ServerProcess;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server, started by the command line in a JVM of its own with a 256 MB heap, takes a stream of large
 * {@code initialize} calls (client names of a megabyte, then thousands of 50 KB ones, no rate limit to shield it)
 * without its heap growing: every call is answered, MCP still works after them, and the heap in use after a full
 * collection stays a fraction of the maximum.
 */
class McpHeapBoundTest {

    private static final Pattern HEAP_USED = Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\"} (\\S+)$");
    private static final long MAX_HEAP_AFTER_GC = 128L << 20;
    /** Longest a batch of calls may take (a healthy server answers them in a few seconds). */
    private static final Duration BATCH_TIME = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    @Test
    void aStreamOfLargeInitializeCallsLeavesTheHeapBounded() throws Exception {
        int port = ServerProcess.freePort();
        ProcessBuilder command = ServerProcess.faqIndex(List.of("-Xmx256m",
                "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp"))), "serve",
                "--content", Paths.seed().toString(), "--index", dir.resolve("index").toString(),
                "--port", Integer.toString(port), "--no-semantic", "--no-watch");
        command.environment().put("FAQ_INDEX_LIMITS_RATE_PER_MINUTE", "0");
        try (ServerProcess server = ServerProcess.start(command, port, dir.resolve("serve.log"))) {
            server.awaitReady(Duration.ofMinutes(2));
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (int[] batch : new int[][] {{300, 1 << 20}, {3000, 50_000}}) {
                initializeMany(server, batch[0], batch[1]).forEach((status, count) ->
                        statuses.merge(status, count, Integer::sum));
                assertTrue(server.alive(), "the server survived:\n" + tail(server.output()));
                assertTrue(Set.of(200, 413).containsAll(statuses.keySet()), "answers by status (-1: none, -2: none"
                        + " within " + BATCH_TIME + "): " + statuses + "\n" + tail(server.output()));
            }

            try (McpSyncClient client = client(port)) {
                assertEquals("faq-index", client.initialize().serverInfo().name());
                McpSchema.CallToolResult found = client.callTool(new McpSchema.CallToolRequest(
                        "search_knowledge_base", Map.of("query", "how long should I rest", "k", 2)));
                assertFalse(Boolean.TRUE.equals(found.isError()), found.toString());
            }
            long heap = heapAfterFullGc(server);
            System.out.printf("after %s initialize calls: %.1f MB of heap in use after a full GC (max 256 MB)%n",
                    statuses, heap / 1048576.0);
            assertTrue(heap < MAX_HEAP_AFTER_GC, heap / 1048576 + " MB in use after a full GC");
            assertFalse(server.output().contains("OutOfMemoryError"), tail(server.output()));
            String longestLine = server.output().lines().max((a, b) -> a.length() - b.length()).orElse("");
            assertTrue(longestLine.length() < 2_000, "no client name logged whole: a line of "
                    + longestLine.length() + " characters");
        }
    }

    /** Sends {@code calls} initialize requests with client names of {@code nameBytes}, four at a time. */
    private static Map<Integer, Integer> initializeMany(ServerProcess server, int calls, int nameBytes)
            throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"" + "n".repeat(nameBytes)
                + "\",\"version\":\"1\"}}}";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                answers.add(pool.submit(() -> {
                    HttpRequest request = server.request("/mcp").header("Content-Type", "application/json")
                            .header("Accept", "application/json, text/event-stream")
                            .expectContinue(true) // as a careful client does: a refused body is not sent
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    try {
                        return server.send(request).statusCode();
                    } catch (java.io.IOException e) {
                        return -1; // no answer at all
                    }
                }));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            long deadline = System.nanoTime() + BATCH_TIME.toNanos();
            for (Future<Integer> answer : answers) {
                try {
                    statuses.merge(answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS), 1,
                            Integer::sum);
                } catch (TimeoutException late) {
                    answer.cancel(true);
                    statuses.merge(-2, 1, Integer::sum); // not answered in time: the server is failing
                }
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long heapAfterFullGc(ServerProcess server) throws Exception {
        Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(server.pid()), "GC.run").redirectErrorStream(true).start();
        assertTrue(gc.waitFor(1, TimeUnit.MINUTES));
        HttpResponse<String> metrics = server.send(server.request("/metrics").build());
        Matcher used = HEAP_USED.matcher(metrics.body());
        assertTrue(used.find(), "the JVM metrics give the heap in use");
        return (long) Double.parseDouble(used.group(1));
    }

    private static McpSyncClient client(int port) {
        return McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + port)
                        .endpoint("/mcp").build())
                .clientInfo(new McpSchema.Implementation("faq-index-heap-test", "1.0"))
                .requestTimeout(Duration.ofSeconds(30))
                .build();
    }

    private static String tail(String output) {
        return output.length() <= 4000 ? output : output.substring(output.length() - 4000);
    }
}
