package dev.faqindex.http;

import java.time.DateTimeException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The named fields of one request read into typed values, whatever the request arrived as: query parameters
 * ({@link QueryFields}) or a JSON object ({@link JsonFields}: a request body, or the arguments of an MCP tool call).
 * A field of the wrong type is a {@link BadRequestException} naming it. Ranges and the other rules a value must meet
 * are checked by the request record the fields are read into, which names the field just the same.
 */
public abstract class RequestFields {

    /** Longest part of a rejected value repeated in a message. */
    private static final int SHOWN_CHARS = 40;

    private final String prefix;

    /** @param prefix what a field's name is prefixed with in messages ({@code filters.}), or empty */
    RequestFields(String prefix) {
        this.prefix = prefix;
    }

    /** The field's text; empty when absent (in a query string also when blank). */
    public abstract Optional<String> text(String name);

    /** The field as a whole number; empty when absent. */
    public abstract Optional<Integer> integer(String name);

    /** The field as a number (a fraction allowed); empty when absent. */
    public abstract Optional<Double> number(String name);

    /** The field as true or false; empty when absent. */
    public abstract Optional<Boolean> flag(String name);

    /** Every text of a field that holds several (an array, or a repeated or comma-separated parameter). */
    public abstract List<String> texts(String name);

    /** A required text of at most {@code maxLength} characters. */
    public String required(String name, int maxLength) {
        return text(name, maxLength)
                .orElseThrow(() -> new BadRequestException(path(name) + " is required and must not be empty"));
    }

    /** An optional text of at most {@code maxLength} characters. */
    public Optional<String> text(String name, int maxLength) {
        Optional<String> text = text(name);
        if (text.isPresent() && text.get().length() > maxLength) {
            throw new BadRequestException(path(name) + " must be at most " + maxLength + " characters, got "
                    + text.get().length());
        }
        return text;
    }

    /**
     * A whole number within {@code [min, max]}; empty when absent. For a parameter no request record holds (the
     * records check their own).
     */
    public Optional<Integer> integer(String name, int min, int max) {
        return integer(name).map(value -> {
            if (value < min || value > max) {
                throw new BadRequestException(path(name) + " must be between " + min + " and " + max + ", got "
                        + value);
            }
            return value;
        });
    }

    /** A whole number within {@code [min, max]}, or {@code fallback} when absent. */
    public int integer(String name, int fallback, int min, int max) {
        return integer(name, min, max).orElse(fallback);
    }

    /**
     * The field's text read by {@code parse} (which refuses what it cannot read with an
     * {@link IllegalArgumentException} or a {@link DateTimeException}); {@code expected} says what is accepted.
     */
    public <T> Optional<T> choice(String name, Function<String, T> parse, String expected) {
        return text(name).map(String::strip).map(value -> {
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException | DateTimeException e) {
                throw invalid(name, expected, "'" + abbreviate(value) + "'");
            }
        });
    }

    /** The name of a field as the client wrote it: {@code filters.type} for a field of a nested object. */
    String path(String name) {
        return prefix + name;
    }

    /** The error for a field whose value {@code shown} is not {@code expected}. */
    BadRequestException invalid(String name, String expected, String shown) {
        return new BadRequestException(path(name) + " must be " + expected + ", got " + shown);
    }

    /** A value cut short for a message. */
    static String abbreviate(String value) {
        return value.length() <= SHOWN_CHARS ? value : value.substring(0, SHOWN_CHARS) + "…";
    }
}
