package dev.faqindex.search;

import java.util.Locale;

/** How chunks are ranked: by words (BM25), by meaning (nearest embeddings), or both fused. */
public enum SearchMode {
    /** BM25 over title, headings and body: exact words, phrases and operators. */
    LEXICAL,
    /** Nearest chunk embeddings to the query's embedding: finds answers that share no word with the question. */
    SEMANTIC,
    /** Both rankings fused (see {@link HybridFusion}). */
    HYBRID;

    /** The name used in URLs and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The mode named {@code label} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted values when there is no such mode
     */
    public static SearchMode fromLabel(String label) {
        for (SearchMode mode : values()) {
            if (mode.label().equalsIgnoreCase(label.strip())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("mode must be lexical, semantic or hybrid, got '" + label + "'");
    }
}
