package dev.faqindex.content.html;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in its {@code <head>}: its {@code <title>} and Open Graph title, the site's name,
 * its description and keywords, its canonical URL ({@code <link rel="canonical">}, else {@code og:url}), whether it
 * asks not to be indexed ({@code robots: noindex}) and where a redirect page ({@code <meta http-equiv="refresh">})
 * sends its readers.
 *
 * @param title the {@code <title>}, or empty
 * @param ogTitle the {@code og:title}, or empty
 * @param siteName the {@code og:site_name}, or empty
 * @param description the {@code description} or {@code og:description}, or empty
 * @param keywords the {@code keywords}, split at commas
 * @param canonicalUrl the page's absolute {@code http(s)} canonical URL, or empty
 * @param noIndex whether a robots meta tag says {@code noindex}
 * @param redirectTo the target of a meta refresh, or empty
 */
record PageHead(String title, String ogTitle, String siteName, String description, List<String> keywords,
        String canonicalUrl, boolean noIndex, String redirectTo) {

    private static final Pattern REFRESH_URL = Pattern.compile("(?i)url\\s*=\\s*['\"]?([^'\"]+)");
    private static final Pattern ABSOLUTE_WEB = Pattern.compile("(?i)^https?://[^/\\s]+.*$");

    PageHead {
        keywords = List.copyOf(keywords);
    }

    static PageHead read(Document document) {
        String title = Text.clean(document.title());
        String description = meta(document, "name", "description").or(() -> meta(document, "property",
                "og:description")).orElse("");
        List<String> keywords = meta(document, "name", "keywords").map(k -> Arrays.stream(k.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList()).orElse(List.of());
        String canonical = Optional.ofNullable(document.selectFirst("link[rel~=(?i)^canonical$][href]"))
                .map(link -> link.attr("href").strip())
                .or(() -> meta(document, "property", "og:url"))
                .filter(url -> ABSOLUTE_WEB.matcher(url).matches()).orElse("");
        boolean noIndex = document.select("meta[name~=(?i)^(robots|googlebot)$][content]").stream()
                .anyMatch(m -> m.attr("content").toLowerCase(Locale.ROOT).matches(".*\\b(noindex|none)\\b.*"));
        String redirect = Optional.ofNullable(document.selectFirst("meta[http-equiv~=(?i)^refresh$][content]"))
                .map(m -> REFRESH_URL.matcher(m.attr("content"))).filter(Matcher::find)
                .map(m -> m.group(1).strip()).orElse("");
        return new PageHead(title, meta(document, "property", "og:title").orElse(""),
                meta(document, "property", "og:site_name").orElse(""), description, keywords, canonical, noIndex,
                redirect);
    }

    private static Optional<String> meta(Document document, String attribute, String name) {
        for (Element meta : document.select("meta[" + attribute + "][content]")) {
            if (meta.attr(attribute).equalsIgnoreCase(name)) {
                String content = Text.clean(meta.attr("content"));
                if (!content.isEmpty()) {
                    return Optional.of(content);
                }
            }
        }
        return Optional.empty();
    }
}
