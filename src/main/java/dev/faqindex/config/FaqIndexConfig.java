package dev.faqindex.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
 * @param adminToken the bearer token the admin endpoints ({@code /api/admin/...}) require; empty turns them off
 * @param analyticsDir folder where search analytics are kept (one file per day)
 * @param analyticsRetentionDays days of analytics kept; older days are deleted; 0 keeps no analytics at all
 * @param limits what one client may ask of the server
 * @param watchContent whether the server watches the content folder and reindexes when a file changes
 * @param accessLog whether every answered request is logged as a JSON line (logger {@code faqindex.access})
 * @param resultCacheSize result pages of recent searches kept to answer repeated searches at once; 0 keeps none
 */
public record FaqIndexConfig(
        Path contentDir, Path indexDir, int port, int maxChunkChars, boolean semantic, List<String> allowedOrigins,
        Optional<String> adminToken, Path analyticsDir, int analyticsRetentionDays, Limits limits,
        boolean watchContent, boolean accessLog, int resultCacheSize) {

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
        adminToken = adminToken == null ? Optional.empty() : adminToken.map(String::strip).filter(t -> !t.isEmpty());
        if (adminToken.isPresent() && adminToken.get().length() < MIN_ADMIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("the admin token must be at least " + MIN_ADMIN_TOKEN_LENGTH
                    + " characters long");
        }
        Objects.requireNonNull(analyticsDir, "analyticsDir");
        if (analyticsRetentionDays < 0 || analyticsRetentionDays > 3650) {
            throw new IllegalArgumentException("analytics retention must be between 0 and 3650 days, got "
                    + analyticsRetentionDays);
        }
        Objects.requireNonNull(limits, "limits");
        if (resultCacheSize < 0 || resultCacheSize > 1_000_000) {
            throw new IllegalArgumentException("the result cache size must be between 0 and 1000000, got "
                    + resultCacheSize);
        }
    }

    /** Result pages kept unless configured otherwise: a few thousand, a few tens of megabytes at most. */
    public static final int DEFAULT_RESULT_CACHE_SIZE = 2048;

    /** Shortest admin token accepted: guessing one must be hopeless. */
    public static final int MIN_ADMIN_TOKEN_LENGTH = 16;
    /** Days of search analytics kept unless configured otherwise. */
    public static final int DEFAULT_ANALYTICS_RETENTION_DAYS = 90;

    /**
     * A server configuration with the operational defaults: no admin token, analytics in a folder {@code analytics}
     * beside the index folder, kept
     * {@value #DEFAULT_ANALYTICS_RETENTION_DAYS} days, {@link Limits#DEFAULTS}, content watched, access log on.
     */
    public FaqIndexConfig(Path contentDir, Path indexDir, int port, int maxChunkChars, boolean semantic,
            List<String> allowedOrigins) {
        this(contentDir, indexDir, port, maxChunkChars, semantic, allowedOrigins, Optional.empty(),
                besideIndex(indexDir), DEFAULT_ANALYTICS_RETENTION_DAYS, Limits.DEFAULTS, true, true,
                DEFAULT_RESULT_CACHE_SIZE);
    }

    /** The default analytics folder: {@code analytics} next to the index folder ({@code index/} gives {@code analytics/}). */
    public static Path besideIndex(Path indexDir) {
        Path sibling = Objects.requireNonNull(indexDir, "indexDir").resolveSibling("analytics");
        return sibling.equals(indexDir) ? indexDir.resolveSibling("analytics-data") : sibling;
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
        return new FaqIndexConfig(contentDir, indexDir, newPort, maxChunkChars, semantic, allowedOrigins, adminToken,
                analyticsDir, analyticsRetentionDays, limits, watchContent, accessLog, resultCacheSize);
    }

    public FaqIndexConfig withAllowedOrigins(List<String> origins) {
        return new FaqIndexConfig(contentDir, indexDir, port, maxChunkChars, semantic, origins, adminToken,
                analyticsDir, analyticsRetentionDays, limits, watchContent, accessLog, resultCacheSize);
    }

    public FaqIndexConfig withAdminToken(String token) {
        return new FaqIndexConfig(contentDir, indexDir, port, maxChunkChars, semantic, allowedOrigins,
                Optional.ofNullable(token), analyticsDir, analyticsRetentionDays, limits, watchContent, accessLog,
                resultCacheSize);
    }

    public FaqIndexConfig withAnalytics(Path dir, int retentionDays) {
        return new FaqIndexConfig(contentDir, indexDir, port, maxChunkChars, semantic, allowedOrigins, adminToken,
                dir, retentionDays, limits, watchContent, accessLog, resultCacheSize);
    }

    public FaqIndexConfig withLimits(Limits newLimits) {
        return new FaqIndexConfig(contentDir, indexDir, port, maxChunkChars, semantic, allowedOrigins, adminToken,
                analyticsDir, analyticsRetentionDays, newLimits, watchContent, accessLog, resultCacheSize);
    }

    public FaqIndexConfig withWatchContent(boolean watch) {
        return new FaqIndexConfig(contentDir, indexDir, port, maxChunkChars, semantic, allowedOrigins, adminToken,
                analyticsDir, analyticsRetentionDays, limits, watch, accessLog, resultCacheSize);
    }

    /** Every setting, with the admin token masked: safe to log. */
    @Override
    public String toString() {
        return "FaqIndexConfig[contentDir=" + contentDir + ", indexDir=" + indexDir + ", port=" + port
                + ", maxChunkChars=" + maxChunkChars + ", semantic=" + semantic + ", allowedOrigins=" + allowedOrigins
                + ", adminToken=" + (adminToken.isPresent() ? "(set)" : "(none)") + ", analyticsDir=" + analyticsDir
                + ", analyticsRetentionDays=" + analyticsRetentionDays + ", limits=" + limits
                + ", watchContent=" + watchContent + ", accessLog=" + accessLog + ", resultCacheSize=" + resultCacheSize
                + "]";
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

    public FaqIndexConfig withAccessLog(boolean log) {
        return new FaqIndexConfig(contentDir, indexDir, port, maxChunkChars, semantic, allowedOrigins, adminToken,
                analyticsDir, analyticsRetentionDays, limits, watchContent, log, resultCacheSize);
    }

    public FaqIndexConfig withResultCacheSize(int entries) {
        return new FaqIndexConfig(contentDir, indexDir, port, maxChunkChars, semantic, allowedOrigins, adminToken,
                analyticsDir, analyticsRetentionDays, limits, watchContent, accessLog, entries);
    }

    public FaqIndexConfig withSemantic(boolean embed) {
        return new FaqIndexConfig(contentDir, indexDir, port, maxChunkChars, embed, allowedOrigins, adminToken,
                analyticsDir, analyticsRetentionDays, limits, watchContent, accessLog, resultCacheSize);
    }
}
