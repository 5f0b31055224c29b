package dev.faqindex.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.ServerProcess;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * faq-index makes no outbound connections: the real server with the semantic model, and the {@code index} command,
 * each in a JVM of its own started as the jar starts them ({@code dev.faqindex.cli.Main}, with no DJL switch in the
 * environment or on the command line: Main must set them), run under {@link SocketCallTrace}, which records every
 * address the process, its threads and its native libraries connect, bind or send to. The server builds its index
 * (embedding every chunk), answers hybrid and semantic searches, the retrieve API, MCP and metrics, and stops; any
 * address that is not loopback fails the test.
 */
class NoOutboundConnectionsTest {

    /** Variables that would switch DJL's tracking off from outside, hiding a Main that does not. */
    private static final List<String> OUTSIDE_SWITCHES = List.of("OPT_OUT_TRACKING", "DJL_OFFLINE",
            "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

    @TempDir
    Path dir;

    @BeforeAll
    static void straceWorks() {
        assertTrue(Files.isExecutable(SocketCallTrace.STRACE),
                "this test records connections with strace: apt-get install strace");
    }

    @Test
    void theServerWithTheSemanticModelConnectsToNothingButLoopback() throws Exception {
        Path trace = dir.resolve("serve.strace");
        int port = ServerProcess.freePort();
        ProcessBuilder command = faqIndex(trace, "serve", "--content", Paths.content().toString(),
                "--index", dir.resolve("index").toString(), "--port", Integer.toString(port));
        try (ServerProcess server = ServerProcess.start(command, port, dir.resolve("serve.log"))) {
            server.awaitReady(Duration.ofMinutes(3));

            JsonNode hybrid = server.getJson("/api/search?q=stretches+that+help+a+sore+lower+back&mode=hybrid");
            assertEquals("hybrid", hybrid.path("mode").asText(), hybrid.toString());
            assertFalse(hybrid.path("hits").isEmpty(), hybrid.toString());
            JsonNode semantic = server.getJson("/api/search?q=resting+after+an+injury&mode=semantic&limit=3");
            assertEquals(3, semantic.path("hits").size(), semantic.toString());
            JsonNode retrieved = server.postJson("/api/retrieve", "{\"query\": \"is it safe to keep training\"}");
            assertFalse(retrieved.path("passages").isEmpty(), retrieved.toString());
            assertMcpSearchAnswers("http://127.0.0.1:" + port);
            assertEquals(200, server.send(server.request("/metrics").build()).statusCode());

            assertEquals(143, server.stop(), "stopped by SIGTERM:\n" + server.output());
        }

        SocketCallTrace calls = SocketCallTrace.read(trace);
        assertEquals(OptionalInt.of(143), calls.exitStatus(), () -> "the trace covers the server's whole life: "
                + calls.ends());
        assertTrue(calls.internetCalls().stream().anyMatch(call -> call.syscall().equals("bind")
                && call.port() == port), "the trace saw the server bind its port: " + calls.internetCalls());
        assertEmbeddingStackLoaded(calls);
        assertEquals(List.of(), calls.outbound(), "connections out of the machine");
    }

    @Test
    void theIndexCommandConnectsToNothingButLoopback() throws Exception {
        Path trace = dir.resolve("index.strace");
        ServerProcess.Finished index = ServerProcess.runToEnd(faqIndex(trace, "index", "--content",
                Paths.content().toString(), "--index", dir.resolve("index").toString()), dir.resolve("index.log"),
                Duration.ofMinutes(5), "the index command finished");
        String output = index.output();
        assertEquals(0, index.exitValue(), output);
        assertTrue(output.contains("Indexed "), output);

        SocketCallTrace calls = SocketCallTrace.read(trace);
        assertEquals(OptionalInt.of(0), calls.exitStatus(), () -> "the trace covers the command's whole life: "
                + calls.ends());
        assertEmbeddingStackLoaded(calls);
        assertEquals(List.of(), calls.outbound(), "connections out of the machine");
    }

    /** The JVM under trace loaded the model's runtime and tokenizer (or the trace would prove nothing). */
    private static void assertEmbeddingStackLoaded(SocketCallTrace calls) {
        assertTrue(calls.opened("libonnxruntime.so"), "ONNX Runtime was loaded");
        assertTrue(calls.opened("libtokenizers.so"), "DJL's tokenizer library was loaded");
    }

    private static void assertMcpSearchAnswers(String baseUrl) {
        var transport = HttpClientStreamableHttpTransport.builder(baseUrl).endpoint("/mcp").build();
        try (McpSyncClient client = McpClient.sync(transport)
                .clientInfo(new McpSchema.Implementation("faq-index-network-test", "1.0"))
                .requestTimeout(Duration.ofSeconds(20))
                .build()) {
            assertEquals("faq-index", client.initialize().serverInfo().name());
            McpSchema.CallToolResult found = client.callTool(new McpSchema.CallToolRequest("search_knowledge_base",
                    Map.of("query", "warming up before lifting", "k", 2)));
            assertFalse(Boolean.TRUE.equals(found.isError()), found.toString());
        }
    }

    /**
     * faq-index's {@code command} in a new JVM on this JDK and class path, traced into {@code trace}, with none of
     * the switches that could turn DJL's tracking off from outside.
     */
    private ProcessBuilder faqIndex(Path trace, String... command) throws IOException {
        List<String> java = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")),
                "-cp", System.getProperty("java.class.path"),
                "dev.faqindex.cli.Main"));
        java.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(SocketCallTrace.traced(trace, java));
        OUTSIDE_SWITCHES.forEach(builder.environment()::remove);
        builder.environment().keySet().removeIf(name -> name.startsWith("FAQ_INDEX_"));
        return builder;
    }
}
