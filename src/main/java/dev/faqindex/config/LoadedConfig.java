package dev.faqindex.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A configuration and where each of its settings came from, for the summary a server prints when it starts.
 *
 * @param config the settings
 * @param sources for each setting: {@code default}, the configuration file, {@code environment NAME} or
 *     {@code command line}
 * @param file the configuration file read, if any
 */
public record LoadedConfig(FaqIndexConfig config, Map<Setting, String> sources, Optional<Path> file) {

    public LoadedConfig {
        sources = Map.copyOf(sources);
    }

    /** One line per setting, {@code key = value (source)}, with secrets masked. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            lines.add(setting.key() + " = " + shown(setting) + "  (" + sources.get(setting) + ")");
        }
        return lines;
    }

    private String shown(Setting setting) {
        FaqIndexConfig c = config;
        return switch (setting) {
            case CONTENT_DIR -> c.contentDir().toString();
            case INDEX_DIR -> c.indexDir().toString();
            case PORT -> String.valueOf(c.port());
            case CHUNK_MAX_CHARS -> String.valueOf(c.maxChunkChars());
            case SEMANTIC -> String.valueOf(c.semantic());
            case ALLOWED_ORIGINS -> c.allowedOrigins().isEmpty() ? "(none: same origin only)"
                    : String.join(",", c.allowedOrigins());
            case WATCH -> String.valueOf(c.watchContent());
            case ADMIN_TOKEN -> c.adminToken().isPresent() ? "(set, hidden)" : "(none: admin endpoints off)";
            case ANALYTICS_DIR -> c.analyticsDir().toString();
            case ANALYTICS_RETENTION_DAYS -> String.valueOf(c.analyticsRetentionDays());
            case MAX_QUERY_LENGTH -> String.valueOf(c.limits().maxQueryLength());
            case RATE_PER_MINUTE -> c.limits().rateLimited() ? String.valueOf(c.limits().requestsPerMinute()) : "0 (off)";
            case RATE_BURST -> String.valueOf(c.limits().burst());
            case SEARCH_TIMEOUT_MS -> String.valueOf(c.limits().searchTimeout().toMillis());
            case TRUST_FORWARDED_FOR -> String.valueOf(c.limits().trustForwardedFor());
            case ACCESS_LOG -> String.valueOf(c.accessLog());
            case SEARCH_CACHE_SIZE -> c.resultCacheSize() == 0 ? "0 (off)" : String.valueOf(c.resultCacheSize());
        };
    }
}
