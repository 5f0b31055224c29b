package dev.faqindex.http;

/**
 * The JSON body of every error response.
 *
 * @param error what went wrong, naming the parameter or resource at fault
 */
public record ErrorBody(String error) {
}
