package dev.faqindex.web;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides which URLs from content may become an {@code href} or an image {@code src}: web and mail links, paths and
 * in-page anchors. Anything with another scheme ({@code javascript:}, {@code data:}, {@code vbscript:}...) is refused,
 * and the page shows the link's text instead.
 */
final class SafeUrls {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x20\\x7f]");

    private SafeUrls() {
    }

    /** The URL when it may be a link target. */
    static Optional<String> link(String url) {
        return allowed(url, "http", "https", "mailto");
    }

    /** The URL when an image may be loaded from it. */
    static Optional<String> image(String url) {
        return allowed(url, "http", "https");
    }

    private static Optional<String> allowed(String url, String... schemes) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String trimmed = url.strip();
        String compact = CONTROL.matcher(trimmed).replaceAll("");
        var scheme = SCHEME.matcher(compact);
        if (!scheme.find()) {
            return Optional.of(trimmed);
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        for (String allowed : schemes) {
            if (allowed.equals(name)) {
                return Optional.of(trimmed);
            }
        }
        return Optional.empty();
    }
}
