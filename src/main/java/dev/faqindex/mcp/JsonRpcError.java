package dev.faqindex.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A JSON-RPC error the MCP endpoint answers itself, before or instead of the SDK: a code of the JSON-RPC
 * specification and a message a client developer can act on, never an exception's inner workings.
 *
 * @param code {@link #PARSE_ERROR}, {@link #INVALID_REQUEST}, {@link #INVALID_PARAMS}, {@link #SERVER_ERROR}...
 * @param message what is wrong
 */
record JsonRpcError(int code, String message) {

    static final int PARSE_ERROR = -32700;
    static final int INVALID_REQUEST = -32600;
    static final int METHOD_NOT_FOUND = -32601;
    static final int INVALID_PARAMS = -32602;
    static final int INTERNAL_ERROR = -32603;
    /** A transport-level refusal (origin, size, method, too many sessions): the JSON-RPC range for servers. */
    static final int SERVER_ERROR = -32000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The error response, answering the request {@code id} (a null node when there is none). */
    ObjectNode toResponse(JsonNode id) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("jsonrpc", "2.0");
        response.set("id", id == null ? JsonNodeFactory.instance.nullNode() : id);
        ObjectNode error = response.putObject("error");
        error.put("code", code);
        error.put("message", message);
        return response;
    }

    /** Answers {@code response} with {@code httpStatus} and this error for the request {@code id}. */
    void write(HttpServletResponse response, int httpStatus, JsonNode id) throws IOException {
        byte[] body = JSON.writeValueAsBytes(toResponse(id));
        response.setStatus(httpStatus);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
