package dev.faqindex.config;

/**
 * The parts a configuration is grouped by, one per layer that reads settings: each layer is handed only the settings
 * of its own capability ({@link FaqIndexConfig#part}).
 */
public enum Capability {
    /** The content folder and how it is read and watched. */
    CONTENT,
    /** The Lucene index: where it lives and what it holds. */
    INDEX,
    /** Searching: time limits and the result cache. */
    SEARCH,
    /** The HTTP server: port, origins, admin token, per-client limits, access log. */
    HTTP,
    /** Search analytics on disk. */
    ANALYTICS,
    /**
     * What the site says and where it lives: its name, logo, search box placeholder, search tips, contact link and
     * public base URL. These may also come from a {@code site.properties} file in the content folder.
     */
    SITE,
    /** Replication: whether this process indexes and publishes, or copies the index of a primary. */
    REPLICATION;

    /** The name used in messages: {@code http}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
