package dev.faqindex.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Table of messages the MCP endpoint passes on, rewrites or answers with a JSON-RPC error. */
class McpMessageCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final McpMessageCheck check = new McpMessageCheck();

    @Test
    void malformedMessagesGetTheJsonRpcErrorCodeTheyDeserve() {
        assertRejected("nope", -32700, 400);
        assertRejected("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]", -32600, 400);
        assertRejected("{\"id\":1,\"method\":\"ping\"}", -32600, 400);
        assertRejected("{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"ping\"}", -32600, 400);
        assertRejected("{\"jsonrpc\":\"2.0\",\"id\":1}", -32600, 400);
        assertRejected("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":7}", -32600, 400);
        assertRejected("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":[1]}", -32602, 200);
        assertRejected("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"arguments\":{}}}", -32602,
                200);
        assertRejected("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"x\","
                + "\"arguments\":\"q\"}}", -32602, 200);
        assertRejected("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}", -32602, 200);
    }

    @Test
    void wellFormedMessagesPassOnUnchanged() {
        for (String message : new String[] {"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"result\":{}}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"t\",\"arguments\":{}}}"}) {
            McpMessageCheck.Accepted accepted = assertInstanceOf(McpMessageCheck.Accepted.class,
                    check.check(bytes(message)), message);
            assertEquals(message, new String(accepted.body(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void initializeKeepsOnlyABoundedClientDescription() throws Exception {
        String message = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-06-18\",\"capabilities\":{\"x\":\"" + "c".repeat(10_000) + "\"},\"extra\":\"" + "e".repeat(5000)
                + "\",\"clientInfo\":{\"name\":\"" + "n".repeat(5000) + "\",\"version\":\"1\",\"icons\":[\""
                + "i".repeat(5000) + "\"]}}}";
        McpMessageCheck.Accepted accepted = assertInstanceOf(McpMessageCheck.Accepted.class,
                check.check(bytes(message)));
        assertTrue(accepted.initialize());
        JsonNode params = JSON.readTree(accepted.body()).path("params");
        assertEquals(100, params.path("clientInfo").path("name").asText().length());
        assertEquals("1", params.path("clientInfo").path("version").asText());
        assertFalse(params.path("clientInfo").has("icons"));
        assertFalse(params.has("extra"));
        assertEquals(0, params.path("capabilities").size(), "capabilities over 4 KiB are dropped");
        assertTrue(accepted.body().length < 400, accepted.body().length + " bytes kept");
    }

    private void assertRejected(String message, int code, int httpStatus) {
        McpMessageCheck.Rejected rejected = assertInstanceOf(McpMessageCheck.Rejected.class,
                check.check(bytes(message)), message);
        assertEquals(code, rejected.error().code(), message);
        assertEquals(httpStatus, rejected.httpStatus(), message);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
