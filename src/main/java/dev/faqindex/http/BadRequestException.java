package dev.faqindex.http;

import io.javalin.http.HttpStatus;
import java.util.function.Supplier;

/** A request field that is missing or malformed: answered with HTTP 400 and a message naming the field. */
public final class BadRequestException extends ApiProblem {

    public BadRequestException(String message) {
        super(HttpStatus.BAD_REQUEST, message);
    }

    /**
     * The request record {@code build} makes; the {@link IllegalArgumentException} with which a record refuses a
     * value (naming the field) becomes a {@link BadRequestException}.
     */
    public static <T> T unlessInvalid(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
