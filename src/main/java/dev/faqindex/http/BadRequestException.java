package dev.faqindex.http;

/** A request parameter that is missing or malformed; answered with HTTP 400 and the message. */
public final class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
