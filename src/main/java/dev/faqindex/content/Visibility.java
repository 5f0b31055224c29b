package dev.faqindex.content;

import java.util.Locale;

/**
 * Who may see a page: everyone, or only the support agents (internal notes, macros, escalation steps). Declared by
 * a page's front matter ({@code visibility: internal}) or by the folder it is in ({@code content.internal-folders});
 * internal chunks are served only to requests that carry an agent token.
 */
public enum Visibility {
    /** Served to everyone: the search page, the widget, chatbots, agents. */
    PUBLIC,
    /** Served only to requests with an agent token, and marked as internal when shown. */
    INTERNAL;

    /** The word used in front matter and in the index: {@code public} or {@code internal}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The visibility named {@code label} (any letter case; {@code private} and {@code agents} also mean internal).
     *
     * @throws IllegalArgumentException for any other word
     */
    public static Visibility fromLabel(String label) {
        return switch (label.strip().toLowerCase(Locale.ROOT)) {
            case "public" -> PUBLIC;
            case "internal", "private", "agents" -> INTERNAL;
            default -> throw new IllegalArgumentException("visibility must be public or internal, got '" + label + "'");
        };
    }
}
