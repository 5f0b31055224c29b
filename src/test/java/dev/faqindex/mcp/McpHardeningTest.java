package dev.faqindex.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.config.Setting;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.SharedServer;
import dev.faqindex.testing.SharedServer.Folder;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.McpHttpClientTransportAuthorizationException;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/**
 * The MCP endpoint follows the specification's security guidance and stays bounded under hostile clients, seen
 * through the official SDK's client (its sync client, or its transport for messages the sync client would never
 * send) and raw HTTP for bodies no MCP client would send: {@code Origin} checked, malformed messages and arguments
 * answered with JSON-RPC errors without Java exceptions in them, sessions bounded in number.
 */
class McpHardeningTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a serialised Java exception or a stack trace looks like in an answer. */
    private static final Pattern JAVA_INTERNALS = Pattern.compile(
            "stackTrace|\\bat [a-z]+\\.[a-z]+\\.|Exception|\\.java:\\d+|io\\.modelcontextprotocol|jakarta\\.servlet");

    @SharedServer(Folder.SEED)
    static RunningServer server;

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void pagesOfOtherOriginsAreRefusedWith403() throws Exception {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> {
            try (McpSyncClient client = client(server.baseUrl(), "http://attacker.example")) {
                client.initialize();
            }
        }, "a page of another site (a DNS-rebinding attack among them) may not call /mcp");
        assertTrue(causes(refused).contains(McpHttpClientTransportAuthorizationException.class),
                "the SDK's client sees the 403 as a refusal: " + causes(refused));
        HttpResponse<String> raw = post(initialize("x"), "Origin", "http://attacker.example");
        assertEquals(403, raw.statusCode(), raw.body());
        assertTrue(JSON.readTree(raw.body()).path("error").path("message").asText().contains("attacker.example"));

        for (String allowed : List.of(SharedServer.PARTNER_ORIGIN, "http://localhost:5173", "http://127.0.0.1:3000")) {
            try (McpSyncClient client = client(server.baseUrl(), allowed)) {
                assertEquals("faq-index", client.initialize().serverInfo().name(), allowed);
            }
        }
        try (McpSyncClient client = client(server.baseUrl(), null)) {
            assertEquals("faq-index", client.initialize().serverInfo().name(), "no Origin: not a browser page");
        }
    }

    @Test
    void malformedToolArgumentsGetAJsonRpcErrorInsteadOfSilence() throws Exception {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(server.baseUrl())
                .endpoint("/mcp").build();
        BlockingQueue<JSONRPCMessage> received = new LinkedBlockingQueue<>();
        transport.connect(incoming -> incoming.doOnNext(received::add).then(Mono.empty())).block();
        try {
            transport.sendMessage(new McpSchema.JSONRPCRequest("2.0", "initialize", 1, Map.of(
                    "protocolVersion", "2025-06-18", "capabilities", Map.of(),
                    "clientInfo", Map.of("name", "faq-index-test", "version", "1")))).block();
            assertNotNull(received.poll(20, TimeUnit.SECONDS), "initialized");
            transport.sendMessage(new McpSchema.JSONRPCNotification("2.0", "notifications/initialized", null)).block();
            int id = 2;
            for (Object arguments : List.of("oops", List.of("query", "back"), 42)) {
                transport.sendMessage(new McpSchema.JSONRPCRequest("2.0", "tools/call", id, Map.of(
                        "name", "search_knowledge_base", "arguments", arguments))).block();
                JSONRPCMessage answer = received.poll(10, TimeUnit.SECONDS);
                assertNotNull(answer, "arguments " + arguments + " must be answered, not left waiting");
                JSONRPCResponse response = (JSONRPCResponse) answer;
                assertEquals(id, ((Number) response.id()).intValue());
                assertNotNull(response.error(), response.toString());
                assertEquals(-32602, response.error().code());
                assertTrue(response.error().message().contains("arguments"), response.error().message());
                id++;
            }
        } finally {
            transport.closeGracefully().block();
        }
    }

    @Test
    void errorAnswersCarryNoJavaExceptions() throws Exception {
        String session = session();
        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(post("this is not JSON", "Mcp-Session-Id", session));
        answers.add(post("{\"jsonrpc\":\"2.0\",\"id\":9}", "Mcp-Session-Id", session));
        answers.add(post("[1, 2, 3]", "Mcp-Session-Id", session));
        answers.add(post("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"tools/list\"}", "Mcp-Session-Id", session));
        answers.add(send(request().header("Content-Type", "application/json").header("Mcp-Session-Id", session)
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\"}"))));
        answers.add(send(request().header("Content-Type", "text/plain").header("Accept", ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(initialize("x")))));
        answers.add(post("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/list\"}", "Mcp-Session-Id", "no-such"));
        HttpResponse<String> patch = send(request().method("PATCH", HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, patch.statusCode(), patch.body());
        assertEquals("GET, POST, DELETE", patch.headers().firstValue("Allow").orElse(""));
        answers.add(patch);
        answers.add(post("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"nope\"}}",
                "Mcp-Session-Id", session));
        for (HttpResponse<String> answer : answers) {
            assertFalse(JAVA_INTERNALS.matcher(answer.body()).find(), answer.statusCode() + ": " + answer.body());
            assertTrue(answer.body().length() < 1000, "a short answer: " + answer.body());
        }
        try (McpSyncClient client = client(server.baseUrl(), null)) {
            client.initialize();
            McpError unknown = assertThrows(McpError.class,
                    () -> client.callTool(new CallToolRequest("no_such_tool", Map.of())));
            assertFalse(JAVA_INTERNALS.matcher(unknown.getMessage()).find(), unknown.getMessage());
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        // As a careful client sends it: the refusal comes before the body, which is never sent. (A client that sends
        // it unasked may lose the answer to the reset of a connection closed with its body unread.)
        HttpResponse<String> answer = send(request().header("Content-Type", "application/json")
                .header("Accept", ACCEPT).expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString(initialize("n".repeat(200_000)))));
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(JSON.readTree(answer.body()).path("error").path("message").asText().contains("65536"));
    }

    @Test
    void sessionsAreBoundedInNumberTheLeastRecentlyUsedEndingFirst() throws Exception {
        try (RunningServer bounded = RunningServer.start(RunningServer.testConfig(Paths.seed(), temp.resolve("index"))
                .with(Setting.SEMANTIC, false).with(Setting.MCP_MAX_SESSIONS, 5))) {
            List<String> sessions = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sessions.add(session(bounded.baseUrl()));
            }
            String list = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/list\"}";
            for (int i = 0; i < 8; i++) {
                int status = postTo(bounded.baseUrl(), list, "Mcp-Session-Id", sessions.get(i)).statusCode();
                assertEquals(i < 3 ? 404 : 200, status, "session " + i + " of 8, with room for 5");
            }
            try (McpSyncClient client = client(bounded.baseUrl(), null)) {
                client.initialize();
                assertFalse(client.listTools().tools().isEmpty(), "a new client is served");
            }
        }
    }

    private static List<Class<?>> causes(Throwable thrown) {
        List<Class<?>> causes = new ArrayList<>();
        for (Throwable cause = thrown; cause != null && causes.size() < 20; cause = cause.getCause()) {
            causes.add(cause.getClass());
        }
        return causes;
    }

    private static final String ACCEPT = "application/json, text/event-stream";

    private static McpSyncClient client(String baseUrl, String origin) {
        HttpClientStreamableHttpTransport.Builder transport = HttpClientStreamableHttpTransport.builder(baseUrl)
                .endpoint("/mcp");
        if (origin != null) {
            transport.httpRequestCustomizer((builder, method, uri, body, context) -> builder.header("Origin", origin));
        }
        return McpClient.sync(transport.build())
                .clientInfo(new McpSchema.Implementation("faq-index-test", "1.0"))
                .requestTimeout(Duration.ofSeconds(20))
                .build();
    }

    private static String initialize(String clientName) {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"" + clientName + "\",\"version\":\"1\"}}}";
    }

    private String session() throws Exception {
        return session(server.baseUrl());
    }

    private String session(String baseUrl) throws Exception {
        HttpResponse<String> answer = postTo(baseUrl, initialize("raw"));
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.headers().firstValue("Mcp-Session-Id").orElseThrow();
    }

    private HttpResponse<String> post(String body, String... headers) throws Exception {
        return postTo(server.baseUrl(), body, headers);
    }

    private HttpResponse<String> postTo(String baseUrl, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/mcp"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json").header("Accept", ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    private HttpRequest.Builder request() {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + "/mcp")).timeout(Duration.ofSeconds(10));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
