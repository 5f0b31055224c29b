package dev.faqindex.content.frontmatter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The metadata block at the top of a content file (YAML, TOML or JSON), read into a tree, with the keys that mean
 * something to a help center read out: title, description, tags and keywords, slug, url, aliases and
 * {@code redirect_from}, draft, weight, dates and language. Keys are matched without regard to case, as Hugo does;
 * unknown keys are kept in the tree and otherwise ignored.
 *
 * @param values the top-level keys (lower-cased) and their values; empty when the file has no front matter
 * @param bodyStart index of the first line after the front matter (0 when there is none)
 */
public record FrontMatter(ObjectNode values, int bodyStart) {

    /** A file without front matter. */
    public static FrontMatter none() {
        return new FrontMatter(JsonNodeFactory.instance.objectNode(), 0);
    }

    /** The value of a key as text, when it is a non-blank scalar. */
    public Optional<String> text(String key) {
        JsonNode value = values.get(key.toLowerCase(Locale.ROOT));
        if (value == null || value.isContainerNode() || value.isNull()) {
            return Optional.empty();
        }
        String text = value.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * The values of a key: the items of a list, or a single scalar; with {@code splitCommas}, a scalar is read as a
     * comma-separated list ({@code tags: a, b}).
     */
    public List<String> list(String key, boolean splitCommas) {
        JsonNode value = values.get(key.toLowerCase(Locale.ROOT));
        List<String> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (value.isArray()) {
            value.forEach(item -> {
                if (item.isValueNode()) {
                    items.add(item.asText().strip());
                }
            });
        } else if (value.isValueNode()) {
            items.addAll(splitCommas ? List.of(value.asText().split(",")) : List.of(value.asText()));
        }
        return items.stream().map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /** The page title. */
    public Optional<String> title() {
        return text("title");
    }

    /** The page's summary, shown by site generators in lists and search engines. */
    public Optional<String> description() {
        return text("description");
    }

    /** Tags and keywords, without repeats, in the order written. */
    public List<String> tags() {
        LinkedHashSet<String> tags = new LinkedHashSet<>(list("tags", true));
        tags.addAll(list("keywords", true));
        return List.copyOf(tags);
    }

    /** The last part of the page's URL, replacing the file name. */
    public Optional<String> slug() {
        return text("slug");
    }

    /** The page's whole URL path, replacing the one made from its file path. */
    public Optional<String> url() {
        return text("url");
    }

    /** Former URLs of the page ({@code aliases}, Jekyll's {@code redirect_from}), to redirect to it. */
    public List<String> aliases() {
        LinkedHashSet<String> aliases = new LinkedHashSet<>(list("aliases", false));
        aliases.addAll(list("redirect_from", false));
        return List.copyOf(aliases);
    }

    /**
     * The absolute URL the page declares as its own ({@code canonical_url} as jekyll-seo writes it,
     * {@code canonicalURL}, {@code canonical}), when it is an {@code http(s)} URL.
     */
    public Optional<String> canonicalUrl() {
        return text("canonical_url").or(() -> text("canonicalurl")).or(() -> text("canonical"))
                .filter(url -> url.matches("(?i)https?://[^/\\s]+\\S*"));
    }

    /** Whether the page is a draft, not to be published. */
    public boolean draft() {
        return text("draft").map(value -> value.equalsIgnoreCase("true")).orElse(false);
    }

    /** The page's ordering weight, when it has one. */
    public Optional<Integer> weight() {
        return text("weight").flatMap(FrontMatter::integer);
    }

    /** When the page was last changed or reviewed: {@code lastmod}, {@code last_review_date}, else {@code date}. */
    public Optional<String> lastChanged() {
        return text("lastmod").or(() -> text("last_review_date")).or(() -> text("date"));
    }

    /**
     * The day the page was last changed or reviewed ({@link #lastChanged()}), read from a date or a date and time
     * ({@code 2026-03-01}, {@code 2026-03-01T09:30:00Z}); empty when absent or not a date.
     */
    public Optional<LocalDate> reviewed() {
        return lastChanged().flatMap(FrontMatter::date);
    }

    /** Who may see the page, as written ({@code public}, {@code internal}); empty when the page does not say. */
    public Optional<String> visibility() {
        return text("visibility");
    }

    /** The page's language, such as {@code en}. */
    public Optional<String> lang() {
        return text("lang").or(() -> text("language"));
    }

    private static Optional<LocalDate> date(String text) {
        if (text.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> integer(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
