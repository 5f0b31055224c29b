package dev.faqindex.config;

import static dev.faqindex.config.Capability.ANALYTICS;
import static dev.faqindex.config.Capability.CONTENT;
import static dev.faqindex.config.Capability.HTTP;
import static dev.faqindex.config.Capability.INDEX;
import static dev.faqindex.config.Capability.REPLICATION;
import static dev.faqindex.config.Capability.SEARCH;
import static dev.faqindex.config.Capability.SITE;
import static dev.faqindex.config.SettingType.flag;
import static dev.faqindex.config.SettingType.folder;
import static dev.faqindex.config.SettingType.origins;
import static dev.faqindex.config.SettingType.wholeNumber;

import dev.faqindex.content.html.HtmlSelectors;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * One configurable setting: the capability it belongs to, its key in a configuration file, the environment variable
 * that sets it, its type, its default and what it means. The single list that {@link ConfigLoader}, the start-up
 * summary and the README's table follow; a new setting is one entry here, read where it is used
 * ({@code config.http().integer(Setting.PORT)}).
 */
public enum Setting {
    CONTENT_DIR(CONTENT, "content.dir", folder(), "content", "folder of articles and FAQ files"),
    INDEX_DIR(INDEX, "index.dir", folder(), "index", "folder of the Lucene index (rebuilt when the content changes)"),
    PORT(HTTP, "port", wholeNumber(0, 65535), "8080", "HTTP port; 0 picks a free one"),
    CHUNK_MAX_CHARS(CONTENT, "chunk.max-chars", wholeNumber(200),
            String.valueOf(FaqIndexConfig.DEFAULT_MAX_CHUNK_CHARS), "split sections longer than this many characters"),
    SEMANTIC(INDEX, "semantic", flag(), "true", "embed chunks for semantic and hybrid search"),
    ALLOWED_ORIGINS(HTTP, "cors.allowed-origins", origins(), "", "comma-separated origins whose pages may call the API",
            "(none: same origin only)"),
    WATCH(CONTENT, "watch", flag(), "true", "reindex in the background when a content file changes"),
    HTML_MAIN_SELECTOR(CONTENT, "html.main-selector", SettingType.text("a CSS selector", HtmlSelectors::check), "",
            "CSS selector of the main content of HTML pages, when they do not mark it with <main>, role=main or one "
                    + "<article>", "(none: found by the page's markup)"),
    HTML_IGNORE_SELECTOR(CONTENT, "html.ignore-selector", SettingType.text("a CSS selector", HtmlSelectors::check),
            "", "CSS selector of parts of HTML pages to leave out besides navigation, headers and footers",
            "(none)"),
    ADMIN_TOKEN(HTTP, "admin.token", SettingType.secret(16), "",
            "bearer token for /api/admin/...; empty turns the admin endpoints off", "(none: admin endpoints off)"),
    AGENT_TOKENS(HTTP, "agent.tokens", SettingType.secrets(16), "",
            "comma-separated bearer tokens of support agents, who also see internal pages; empty: nobody does",
            "(none: internal pages served to nobody)"),
    INTERNAL_FOLDERS(CONTENT, "content.internal-folders", SettingType.texts(), "",
            "comma-separated folders of the content folder whose pages are internal unless a page says"
                    + " visibility: public", "(none)"),
    ANALYTICS_DIR(ANALYTICS, "analytics.dir", folder(), "analytics",
            "folder of search analytics (default: beside the index folder)",
            config -> besideIndex(config.folder(Setting.INDEX_DIR))),
    ANALYTICS_RETENTION_DAYS(ANALYTICS, "analytics.retention-days", wholeNumber(0, 3650), "90",
            "days of search analytics kept; 0 keeps none"),
    MAX_QUERY_LENGTH(HTTP, "limits.max-query-length", wholeNumber(10, 100_000), "1000",
            "longest query accepted, in characters"),
    RATE_PER_MINUTE(HTTP, "limits.rate-per-minute", wholeNumber(0), "600",
            "API calls per minute allowed to one client; 0 turns rate limiting off", "0 (off)"),
    RATE_BURST(HTTP, "limits.burst", wholeNumber(1), "60",
            "calls one client may make at once before the per-minute rate applies"),
    SEARCH_TIMEOUT_MS(SEARCH, "limits.search-timeout-ms", wholeNumber(1), "1000",
            "longest time one search may spend matching before it answers with what it found"),
    RATE_MAX_CLIENTS(HTTP, "limits.rate-clients", wholeNumber(100, 10_000_000), "100000",
            "clients whose rate budgets are remembered at once; the least recently seen are forgotten first"),
    MAX_BODY_BYTES(HTTP, "limits.max-body-bytes", wholeNumber(1024, 64 << 20), "65536",
            "largest request body accepted, in bytes (JSON bodies and MCP messages); 413 beyond"),
    ARTICLE_PAGE_CHUNKS(HTTP, "limits.article-page-chunks", wholeNumber(10, 100_000),
            "200", "chunks one article page shows; a longer article comes in parts that link each other"),
    MCP_MAX_SESSIONS(HTTP, "mcp.max-sessions", wholeNumber(1, 1_000_000), "1000",
            "MCP sessions kept at once; opening one more ends the least recently used"),
    MCP_SESSION_IDLE_MINUTES(HTTP, "mcp.session-idle-minutes", wholeNumber(1, 10_080), "30",
            "minutes an MCP session may stay unused before it is ended (its client then opens a new one)"),
    TRUST_FORWARDED_FOR(HTTP, "limits.trust-forwarded-for", flag(), "false",
            "take the client address from X-Forwarded-For (only behind a reverse proxy)"),
    ACCESS_LOG(HTTP, "access-log", flag(), "true", "log every answered request as one JSON line on standard output"),
    SEARCH_CACHE_SIZE(SEARCH, "search.cache-size", wholeNumber(0, 1_000_000), "2048",
            "result pages of recent searches kept to answer repeats at once (dropped on reindex); 0 keeps none",
            "0 (off)"),
    MIN_CONFIDENCE(SEARCH, "search.min-confidence", SettingType.fraction(), "0.2",
            "confidence a passage needs for /api/retrieve and MCP unless a request says otherwise (0 to 1; below it a"
                    + " question gets answered:false)", "0 (every passage)"),
    SITE_NAME(SITE, "site.name", SettingType.text(), "Help Center", "the site's name, in its header and page titles"),
    SITE_LOGO(SITE, "site.logo", SettingType.text(), "",
            "the site's logo: an image address, or a file in the content folder; empty shows the name alone",
            "(none)"),
    SITE_PLACEHOLDER(SITE, "site.placeholder", SettingType.text(), "Search articles and FAQs",
            "the hint in the empty search box"),
    SITE_TIPS(SITE, "site.tips", SettingType.tips(),
            "\"exact words\" | quotes find the exact phrase; -word | a minus leaves out results with that word;"
                    + " this OR that | either word",
            "the search tips shown before a search: example | what it does; ...", "(none)"),
    SITE_CONTACT_URL(SITE, "site.contact-url", SettingType.webAddress(true), "",
            "where readers who found no answer can ask (an http(s) or mailto: address); empty shows no contact link",
            "(none)"),
    SITE_CONTACT_LABEL(SITE, "site.contact-label", SettingType.text(), "Contact us", "the text of the contact link"),
    SITE_BASE_URL(SITE, "site.base-url", SettingType.webAddress(false), "",
            "the public address of the site (https://help.example.com): citations in retrieve and MCP become absolute"
                    + " links under it; empty keeps the pages' own canonical URLs, else relative links",
            "(none)"),
    REPLICATION_ROLE(REPLICATION, "replication.role", SettingType.text("standalone, primary or replica",
            ReplicationRole::of), "standalone",
            "standalone (index and serve), primary (also publish each commit to replicas) or replica (copy the"
                    + " primary's commits and serve them, indexing nothing)"),
    REPLICATION_PRIMARY(REPLICATION, "replication.primary", SettingType.webAddress(false), "",
            "the primary's address, for a replica (http://faq-index-primary:8080)", "(none)"),
    REPLICATION_TOKEN(REPLICATION, "replication.token", SettingType.secret(16), "",
            "shared secret of a primary and its replicas; empty turns the replication endpoints off",
            "(none: replication off)");

    /** Prefix of every environment variable: {@code FAQ_INDEX_PORT} sets {@code port}. */
    public static final String ENV_PREFIX = "FAQ_INDEX_";

    private final Capability capability;
    private final String key;
    private final SettingType<?> type;
    private final String defaultText;
    private final String description;
    private final Optional<String> shownWhenOff;
    private final Optional<Function<FaqIndexConfig, Object>> computedDefault;

    Setting(Capability capability, String key, SettingType<?> type, String defaultText, String description,
            Optional<String> shownWhenOff, Optional<Function<FaqIndexConfig, Object>> computedDefault) {
        this.capability = capability;
        this.key = key;
        this.type = type;
        this.defaultText = defaultText;
        this.description = description;
        this.shownWhenOff = shownWhenOff;
        this.computedDefault = computedDefault;
    }

    Setting(Capability capability, String key, SettingType<?> type, String defaultText, String description) {
        this(capability, key, type, defaultText, description, Optional.empty(), Optional.empty());
    }

    /** A setting whose value, when it means off ({@link SettingType}), the summary shows as {@code shownWhenOff}. */
    Setting(Capability capability, String key, SettingType<?> type, String defaultText, String description,
            String shownWhenOff) {
        this(capability, key, type, defaultText, description, Optional.of(shownWhenOff), Optional.empty());
    }

    /**
     * A setting that, when nothing sets it, takes the value {@code computedDefault} makes of the settings declared
     * before it.
     */
    Setting(Capability capability, String key, SettingType<?> type, String defaultText, String description,
            Function<FaqIndexConfig, Object> computedDefault) {
        this(capability, key, type, defaultText, description, Optional.empty(), Optional.of(computedDefault));
    }

    /** The part of the configuration it belongs to. */
    public Capability capability() {
        return capability;
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

    /** What its text means. */
    public SettingType<?> type() {
        return type;
    }

    /** Whether the value must never be printed. */
    public boolean secret() {
        return type.secret();
    }

    /** The value as the start-up summary shows it: secrets hidden, an "off" value explained. */
    String shown(Object value) {
        if (shownWhenOff.isPresent() && type.off(value)) {
            return shownWhenOff.get();
        }
        return secret() ? "(set, hidden)" : type.text(value);
    }

    /** The value this setting takes when nothing sets it, made from the settings before it; empty for most. */
    Optional<Object> computedDefault(FaqIndexConfig before) {
        return computedDefault.map(compute -> compute.apply(before));
    }

    /** The default analytics folder: {@code analytics} next to the index folder ({@code index/}: {@code analytics/}). */
    private static Path besideIndex(Path indexDir) {
        Path sibling = indexDir.resolveSibling("analytics");
        return sibling.equals(indexDir) ? indexDir.resolveSibling("analytics-data") : sibling;
    }
}
