package dev.faqindex.http;

import io.javalin.http.HttpStatus;
import java.util.Map;

/**
 * A request refused for a reason other than a bad parameter (missing credentials, too many calls, index not loaded
 * yet): answered with {@code status}, the message as an {@link ErrorBody}, and {@code headers}.
 */
public final class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final Map<String, String> headers;

    public ApiProblem(HttpStatus status, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    public ApiProblem(HttpStatus status, String message) {
        this(status, message, Map.of());
    }

    public HttpStatus status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
