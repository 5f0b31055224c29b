package dev.faqindex.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
 * @param allowedOrigins origins (such as {@code https://www.example.com}) whose pages may call the API from a
 *     browser, for the embeddable widget; empty means same-origin only
 */
public record FaqIndexConfig(
        Path contentDir, Path indexDir, int port, int maxChunkChars, boolean semantic, List<String> allowedOrigins) {

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
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(FaqIndexConfig::origin).distinct().toList();
    }

    /** A configuration with semantic search on that lets no other origin call the API. */
    public FaqIndexConfig(Path contentDir, Path indexDir, int port, int maxChunkChars) {
        this(contentDir, indexDir, port, maxChunkChars, true, List.of());
    }

    /** A configuration that lets no other origin call the API. */
    public FaqIndexConfig(Path contentDir, Path indexDir, int port, int maxChunkChars, boolean semantic) {
        this(contentDir, indexDir, port, maxChunkChars, semantic, List.of());
    }

    /** A configuration with semantic search on. */
    public FaqIndexConfig(Path contentDir, Path indexDir, int port, int maxChunkChars, List<String> allowedOrigins) {
        this(contentDir, indexDir, port, maxChunkChars, true, allowedOrigins);
    }

    /** The defaults: {@code content/}, {@code index/}, port 8080, semantic search on. */
    public static FaqIndexConfig defaults() {
        return new FaqIndexConfig(Path.of("content"), Path.of("index"), 8080, DEFAULT_MAX_CHUNK_CHARS, true, List.of());
    }

    public FaqIndexConfig withPort(int newPort) {
        return new FaqIndexConfig(contentDir, indexDir, newPort, maxChunkChars, semantic, allowedOrigins);
    }

    public FaqIndexConfig withAllowedOrigins(List<String> origins) {
        return new FaqIndexConfig(contentDir, indexDir, port, maxChunkChars, semantic, origins);
    }

    /** An origin as browsers send it: {@code scheme://host[:port]}, lower case, no path or trailing slash. */
    private static String origin(String value) {
        String trimmed = Objects.requireNonNull(value, "allowed origin").strip();
        URI uri;
        try {
            uri = URI.create(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("allowed origin must look like https://www.example.com, got '" + value + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare) {
            throw new IllegalArgumentException("allowed origin must look like https://www.example.com, got '" + value + "'");
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    public FaqIndexConfig withSemantic(boolean embed) {
        return new FaqIndexConfig(contentDir, indexDir, port, maxChunkChars, embed, allowedOrigins);
    }
}
