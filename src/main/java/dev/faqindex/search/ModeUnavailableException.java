package dev.faqindex.search;

/** A semantic or hybrid search on an index built without embeddings ({@code --no-semantic}). */
public final class ModeUnavailableException extends RuntimeException {

    public ModeUnavailableException(SearchMode mode) {
        super("mode " + mode.label() + " needs an index built with embeddings; this one was built lexical-only"
                + " (--no-semantic), so use mode=lexical or rebuild it");
    }
}
