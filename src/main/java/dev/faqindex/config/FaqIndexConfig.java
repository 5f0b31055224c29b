package dev.faqindex.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Every setting of a faq-index instance, in one place.
 *
 * @param contentDir folder of articles and FAQ files to index
 * @param indexDir folder holding the Lucene index (created when missing)
 * @param port HTTP port; 0 picks a free one
 * @param maxChunkChars upper bound on a chunk's body; longer sections are split
 * @param semantic whether chunks are embedded at indexing, enabling semantic and hybrid search; off gives a
 *     lexical-only index that builds faster
 */
public record FaqIndexConfig(Path contentDir, Path indexDir, int port, int maxChunkChars, boolean semantic) {

    /** Default chunk size bound: a few paragraphs, short enough to quote and to embed. */
    public static final int DEFAULT_MAX_CHUNK_CHARS = 1200;

    public FaqIndexConfig {
        Objects.requireNonNull(contentDir, "contentDir");
        Objects.requireNonNull(indexDir, "indexDir");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (maxChunkChars < 200) {
            throw new IllegalArgumentException("maxChunkChars must be at least 200, got " + maxChunkChars);
        }
    }

    /** A configuration with semantic search on. */
    public FaqIndexConfig(Path contentDir, Path indexDir, int port, int maxChunkChars) {
        this(contentDir, indexDir, port, maxChunkChars, true);
    }

    /** The defaults: {@code content/}, {@code index/}, port 8080, semantic search on. */
    public static FaqIndexConfig defaults() {
        return new FaqIndexConfig(Path.of("content"), Path.of("index"), 8080, DEFAULT_MAX_CHUNK_CHARS, true);
    }

    public FaqIndexConfig withPort(int newPort) {
        return new FaqIndexConfig(contentDir, indexDir, newPort, maxChunkChars, semantic);
    }

    public FaqIndexConfig withSemantic(boolean embed) {
        return new FaqIndexConfig(contentDir, indexDir, port, maxChunkChars, embed);
    }
}
