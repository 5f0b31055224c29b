package dev.faqindex.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks one JSON-RPC message POSTed to the MCP endpoint before the SDK sees it, so that every malformed message gets
 * a JSON-RPC error (the SDK answers some with an empty stream that leaves the client waiting, and others with a
 * serialised Java exception), and trims what an {@code initialize} asks the server to remember: the client's name,
 * version and title are cut to {@value #MAX_CLIENT_TEXT} characters, other client details are dropped, and
 * capabilities larger than {@value #MAX_CAPABILITIES_BYTES} bytes are replaced by none.
 */
final class McpMessageCheck {

    /** Longest client name, version or title kept from an {@code initialize}. */
    static final int MAX_CLIENT_TEXT = 100;
    /** Largest client capabilities kept from an {@code initialize}, as JSON. */
    static final int MAX_CAPABILITIES_BYTES = 4096;
    /** Longest method name or string request id accepted. */
    private static final int MAX_NAME_CHARS = 200;
    private static final Set<String> INITIALIZE_FIELDS = Set.of("protocolVersion", "capabilities", "clientInfo");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What to do with a message: pass it on (perhaps rewritten), or answer it with an error. */
    sealed interface Outcome permits Accepted, Rejected {
    }

    /**
     * A message the SDK may handle.
     *
     * @param body the message to hand on, rewritten when it was trimmed
     * @param method its method; empty for a response
     */
    record Accepted(byte[] body, String method) implements Outcome {

        boolean initialize() {
            return "initialize".equals(method);
        }
    }

    /**
     * A message answered with an error.
     *
     * @param httpStatus 400 for a message that is not JSON-RPC at all, 200 for a request answered with an error
     * @param id the request's id, or null
     */
    record Rejected(JsonRpcError error, int httpStatus, JsonNode id) implements Outcome {
    }

    Outcome check(byte[] body) {
        JsonNode message;
        try {
            message = JSON.readTree(body);
        } catch (IOException e) {
            return new Rejected(new JsonRpcError(JsonRpcError.PARSE_ERROR, "Parse error: the body is not JSON"),
                    400, null);
        }
        if (message == null || !message.isObject()) {
            return invalid("a JSON-RPC message must be one JSON object", null);
        }
        JsonNode id = message.get("id");
        if (id != null && !(id.isTextual() && id.asText().length() <= MAX_NAME_CHARS || id.isIntegralNumber())) {
            return invalid("id must be a string (at most " + MAX_NAME_CHARS + " characters) or an integer", null);
        }
        if (!"2.0".equals(message.path("jsonrpc").asText(null))) {
            return invalid("jsonrpc must be \"2.0\"", id);
        }
        JsonNode method = message.get("method");
        if (method == null) {
            if (id == null || !(message.has("result") || message.has("error"))) {
                return invalid("a message needs a method (a request or notification), or an id with a result or"
                        + " error (a response)", id);
            }
            return new Accepted(body, "");
        }
        if (!method.isTextual() || method.asText().isEmpty() || method.asText().length() > MAX_NAME_CHARS) {
            return invalid("method must be a non-empty string of at most " + MAX_NAME_CHARS + " characters", id);
        }
        JsonNode params = message.get("params");
        if (params != null && !params.isNull() && !params.isObject()) {
            return invalidParams("params must be an object", id);
        }
        return switch (method.asText()) {
            case "tools/call" -> checkToolCall(body, params, id);
            case "initialize" -> trimInitialize((ObjectNode) message, params, id);
            default -> new Accepted(body, method.asText());
        };
    }

    private static Outcome checkToolCall(byte[] body, JsonNode params, JsonNode id) {
        if (params == null || !params.path("name").isTextual()) {
            return invalidParams("tools/call needs params.name, the tool's name as a string", id);
        }
        JsonNode arguments = params.get("arguments");
        if (arguments != null && !arguments.isNull() && !arguments.isObject()) {
            return invalidParams("params.arguments must be an object of the tool's arguments, got "
                    + arguments.getNodeType().name().toLowerCase(Locale.ROOT), id);
        }
        return new Accepted(body, "tools/call");
    }

    private static Outcome trimInitialize(ObjectNode message, JsonNode params, JsonNode id) {
        if (params == null || !params.path("protocolVersion").isTextual()
                || params.path("protocolVersion").asText().length() > 40) {
            return invalidParams("initialize needs params.protocolVersion, a version string", id);
        }
        ObjectNode trimmed = ((ObjectNode) params).deepCopy();
        trimmed.retain(INITIALIZE_FIELDS);
        ObjectNode client = trimmed.putObject("clientInfo");
        JsonNode given = params.path("clientInfo");
        for (String field : List.of("name", "version", "title")) {
            JsonNode value = given.get(field);
            if (value != null && value.isTextual()) {
                String text = value.asText();
                client.put(field, text.length() > MAX_CLIENT_TEXT ? text.substring(0, MAX_CLIENT_TEXT) : text);
            }
        }
        if (!client.has("name")) {
            client.put("name", "unnamed");
        }
        if (!client.has("version")) {
            client.put("version", "");
        }
        JsonNode capabilities = params.get("capabilities");
        if (capabilities == null || !capabilities.isObject() || size(capabilities) > MAX_CAPABILITIES_BYTES) {
            trimmed.putObject("capabilities");
        }
        message.set("params", trimmed);
        try {
            return new Accepted(JSON.writeValueAsBytes(message), "initialize");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree read from JSON always writes", e);
        }
    }

    private static int size(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node).length;
        } catch (JsonProcessingException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static Rejected invalid(String why, JsonNode id) {
        return new Rejected(new JsonRpcError(JsonRpcError.INVALID_REQUEST, "Invalid request: " + why), 400, id);
    }

    private static Rejected invalidParams(String why, JsonNode id) {
        return new Rejected(new JsonRpcError(JsonRpcError.INVALID_PARAMS, "Invalid params: " + why),
                id == null ? 400 : 200, id);
    }
}
