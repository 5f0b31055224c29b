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
 */
public record FaqIndexConfig(Path contentDir, Path indexDir, int port, int maxChunkChars) {

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

    /** The defaults: {@code content/}, {@code index/}, port 8080. */
    public static FaqIndexConfig defaults() {
        return new FaqIndexConfig(Path.of("content"), Path.of("index"), 8080, DEFAULT_MAX_CHUNK_CHARS);
    }

    public FaqIndexConfig withPort(int newPort) {
        return new FaqIndexConfig(contentDir, indexDir, newPort, maxChunkChars);
    }
}
