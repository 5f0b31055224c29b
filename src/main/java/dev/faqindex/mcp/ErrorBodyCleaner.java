package dev.faqindex.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The SDK transport's answers with the error statuses it writes itself (a serialised Java exception, stack frames
 * and all) rewritten, once it has written them, as a JSON-RPC error holding only the code and message. Successful
 * answers, streams among them, pass through untouched.
 */
final class ErrorBodyCleaner extends HttpServletResponseWrapper {

    /** Longest message kept from the SDK's error. */
    private static final int MAX_MESSAGE_CHARS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ByteArrayOutputStream captured;
    private PrintWriter capturedWriter;

    ErrorBodyCleaner(HttpServletResponse response) {
        super(response);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (getStatus() < 400) {
            return super.getWriter();
        }
        if (capturedWriter == null) {
            capturedWriter = new PrintWriter(new OutputStreamWriter(capture(), StandardCharsets.UTF_8));
        }
        return capturedWriter;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (getStatus() < 400) {
            return super.getOutputStream();
        }
        ByteArrayOutputStream bytes = capture();
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new IllegalStateException("not an asynchronous answer");
            }
        };
    }

    private ByteArrayOutputStream capture() {
        if (captured == null) {
            captured = new ByteArrayOutputStream();
        }
        return captured;
    }

    /** Writes the cleaned error, if the SDK wrote one; call once the transport has answered. */
    void finish() throws IOException {
        if (captured == null) {
            return;
        }
        if (capturedWriter != null) {
            capturedWriter.flush();
        }
        JsonNode written;
        try {
            written = JSON.readTree(captured.toByteArray());
        } catch (IOException e) {
            written = null;
        }
        JsonNode error = written == null ? null : written.has("jsonRpcError") ? written.get("jsonRpcError") : written;
        int code = error != null && error.path("code").isInt() ? error.get("code").asInt()
                : JsonRpcError.SERVER_ERROR;
        String message = error != null && error.path("message").isTextual() ? error.get("message").asText()
                : "the request could not be handled";
        if (message.length() > MAX_MESSAGE_CHARS) {
            message = message.substring(0, MAX_MESSAGE_CHARS) + "…";
        }
        HttpServletResponse real = (HttpServletResponse) getResponse();
        real.resetBuffer();
        new JsonRpcError(code, message).write(real, getStatus(), null);
    }
}
