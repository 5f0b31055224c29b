package dev.faqindex.config;

import java.util.Locale;

/**
 * One configurable setting: its key in a configuration file, the environment variable that sets it, and what it
 * means. The single list that {@link ConfigLoader}, the start-up summary and the README's table follow.
 */
public enum Setting {
    CONTENT_DIR("content.dir", "content", "folder of articles and FAQ files"),
    INDEX_DIR("index.dir", "index", "folder of the Lucene index (rebuilt when the content changes)"),
    PORT("port", "8080", "HTTP port; 0 picks a free one"),
    CHUNK_MAX_CHARS("chunk.max-chars", String.valueOf(FaqIndexConfig.DEFAULT_MAX_CHUNK_CHARS),
            "split sections longer than this many characters"),
    SEMANTIC("semantic", "true", "embed chunks for semantic and hybrid search"),
    ALLOWED_ORIGINS("cors.allowed-origins", "", "comma-separated origins whose pages may call the API"),
    WATCH("watch", "true", "reindex in the background when a content file changes"),
    ADMIN_TOKEN("admin.token", "", "bearer token for /api/admin/...; empty turns the admin endpoints off"),
    ANALYTICS_DIR("analytics.dir", "analytics", "folder of search analytics (default: beside the index folder)"),
    ANALYTICS_RETENTION_DAYS("analytics.retention-days", String.valueOf(FaqIndexConfig.DEFAULT_ANALYTICS_RETENTION_DAYS),
            "days of search analytics kept; 0 keeps none"),
    MAX_QUERY_LENGTH("limits.max-query-length", String.valueOf(Limits.DEFAULTS.maxQueryLength()),
            "longest query accepted, in characters"),
    RATE_PER_MINUTE("limits.rate-per-minute", String.valueOf(Limits.DEFAULTS.requestsPerMinute()),
            "API calls per minute allowed to one client; 0 turns rate limiting off"),
    RATE_BURST("limits.burst", String.valueOf(Limits.DEFAULTS.burst()),
            "calls one client may make at once before the per-minute rate applies"),
    SEARCH_TIMEOUT_MS("limits.search-timeout-ms", String.valueOf(Limits.DEFAULTS.searchTimeout().toMillis()),
            "longest time one search may spend matching before it answers with what it found"),
    TRUST_FORWARDED_FOR("limits.trust-forwarded-for", "false",
            "take the client address from X-Forwarded-For (only behind a reverse proxy)"),
    ACCESS_LOG("access-log", "true", "log every answered request as one JSON line on standard output"),
    SEARCH_CACHE_SIZE("search.cache-size", String.valueOf(FaqIndexConfig.DEFAULT_RESULT_CACHE_SIZE),
            "result pages of recent searches kept to answer repeats at once (dropped on reindex); 0 keeps none");

    /** Prefix of every environment variable: {@code FAQ_INDEX_PORT} sets {@code port}. */
    public static final String ENV_PREFIX = "FAQ_INDEX_";

    private final String key;
    private final String defaultText;
    private final String description;

    Setting(String key, String defaultText, String description) {
        this.key = key;
        this.defaultText = defaultText;
        this.description = description;
    }

    /** The key in a configuration file, such as {@code limits.rate-per-minute}. */
    public String key() {
        return key;
    }

    /** The environment variable, such as {@code FAQ_INDEX_LIMITS_RATE_PER_MINUTE}. */
    public String environmentVariable() {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The value used when nothing sets it, as text. */
    public String defaultText() {
        return defaultText;
    }

    public String description() {
        return description;
    }

    /** Whether the value must never be printed. */
    public boolean secret() {
        return this == ADMIN_TOKEN;
    }
}
