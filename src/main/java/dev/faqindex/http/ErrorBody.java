package dev.faqindex.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON body of every error response.
 *
 * @param error what went wrong, naming the parameter or resource at fault
 */
public record ErrorBody(String error) {

    /** The body as bytes of JSON. */
    byte[] toJson() {
        try {
            return ApiServer.JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            return "{\"error\": \"the request failed\"}".getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Answers {@code response} with {@code status} and this body, where no route is there to do it. */
    static void write(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = new ErrorBody(message).toJson();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
