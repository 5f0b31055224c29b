package dev.faqindex.web;

import dev.faqindex.content.SafeLinks;
import java.util.Optional;

/**
 * Decides which URLs from content may become an {@code href} or an image {@code src}, as {@link SafeLinks} decides
 * for every output: web and mail links, paths and in-page anchors. Anything else is refused, and the page shows the
 * link's text instead.
 */
final class SafeUrls {

    private SafeUrls() {
    }

    /** The URL when it may be a link target. */
    static Optional<String> link(String url) {
        return SafeLinks.link(url);
    }

    /** The URL when an image may be loaded from it. */
    static Optional<String> image(String url) {
        return SafeLinks.image(url);
    }
}
