package dev.faqindex.config;

import java.util.Locale;

/**
 * What a server does with its index: a standalone server builds and serves it alone (the default), a primary builds
 * it and publishes every commit to replicas, a replica copies the primary's commits and serves them without indexing.
 */
public enum ReplicationRole {
    STANDALONE,
    PRIMARY,
    REPLICA;

    /** The role named by {@code text} ({@code primary}, in any case); an {@link IllegalArgumentException} otherwise. */
    public static ReplicationRole of(String text) {
        for (ReplicationRole role : values()) {
            if (role.label().equalsIgnoreCase(text.strip())) {
                return role;
            }
        }
        throw new IllegalArgumentException("not a role: " + text);
    }

    /** The name in settings: {@code replica}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
