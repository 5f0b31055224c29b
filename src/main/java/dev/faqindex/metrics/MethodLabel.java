package dev.faqindex.metrics;

import java.util.Set;

/**
 * The {@code method} label of the request metrics: a standard HTTP method as itself, anything a client made up as
 * {@value #OTHER}, so the label set stays fixed whatever methods clients send.
 */
final class MethodLabel {

    /** The label of every method that is not a standard one. */
    static final String OTHER = "other";

    private static final Set<String> STANDARD = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS",
            "TRACE", "PATCH");

    private MethodLabel() {
    }

    static String of(String method) {
        return method != null && STANDARD.contains(method) ? method : OTHER;
    }
}
