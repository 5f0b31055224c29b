package dev.faqindex.http;

import io.javalin.http.HttpStatus;
import java.util.Map;

/**
 * The API's error family: a request answered with {@code status}, the message as an {@link ErrorBody}, and
 * {@code headers} (missing credentials, too many calls, an index not loaded yet, an unknown chunk). A bad field is
 * the subtype {@link BadRequestException}.
 */
public class ApiProblem extends RuntimeException {

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
