package dev.faqindex.bench.orama;

import java.io.IOException;

/**
 * Orama could not run a step within its budget: its process ran out of heap and ended, or took longer than allowed.
 * The benchmark records the message as the reason instead of figures.
 */
public final class OramaUnavailable extends IOException {

    private static final long serialVersionUID = 1L;

    public OramaUnavailable(String message) {
        super(message);
    }
}
