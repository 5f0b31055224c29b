package dev.faqindex.content.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Recognises notes, tips and warnings as site generators write them: admonitions (Asciidoctor's
 * {@code admonitionblock}, MkDocs' and Sphinx's {@code admonition}, Docusaurus' {@code theme-admonition-*}),
 * GitHub's {@code markdown-alert-*}, Bootstrap's {@code alert-*}, Starlight's asides, DocBook's {@code div.note},
 * {@code role="note"}, and any {@code <aside>} inside an article.
 */
final class Callouts {

    /** Class words that mark a container as a callout. */
    private static final Set<String> MARKERS = Set.of("admonition", "admonitionblock", "callout", "alert", "aside",
            "notice", "callout-block");
    /** Class words that name a kind, and the kind each stands for. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("note", "note"), Map.entry("info", "info"), Map.entry("information", "info"),
            Map.entry("tip", "tip"), Map.entry("hint", "tip"), Map.entry("important", "important"),
            Map.entry("warning", "warning"), Map.entry("warn", "warning"), Map.entry("attention", "attention"),
            Map.entry("caution", "caution"), Map.entry("danger", "danger"), Map.entry("error", "error"),
            Map.entry("failure", "error"), Map.entry("success", "success"), Map.entry("check", "success"),
            Map.entry("example", "example"), Map.entry("question", "question"), Map.entry("bug", "bug"),
            Map.entry("seealso", "note"), Map.entry("todo", "note"));
    private static final Set<String> CONTAINERS = Set.of("div", "aside", "section", "details", "p", "blockquote");
    /** Where a callout's own title is written. */
    private static final String TITLE = ".admonition-title, [class*=title], [class*=heading], [class*=Heading], "
            + "summary, h1, h2, h3, h4, h5, h6";
    private static final int LONGEST_TITLE = 80;

    private Callouts() {
    }

    /** The callout's kind, or empty when the element is not a callout. */
    static Optional<String> kind(Element element) {
        if (!CONTAINERS.contains(element.normalName())) {
            return Optional.empty();
        }
        List<String> words = classWords(element);
        String kind = words.stream().filter(KINDS::containsKey).map(KINDS::get).findFirst().orElse(null);
        boolean marked = words.stream().anyMatch(MARKERS::contains)
                || element.attr("role").equalsIgnoreCase("note")
                || element.normalName().equals("aside")
                || kind != null && !element.classNames().isEmpty()
                        && element.classNames().stream().allMatch(c -> KINDS.containsKey(c.toLowerCase(Locale.ROOT)));
        return marked ? Optional.of(kind == null ? "note" : kind) : Optional.empty();
    }

    /**
     * Takes the callout's title out of it: the first title-like element, if short, is removed from the element and its
     * text returned; empty otherwise.
     */
    static Optional<String> takeTitle(Element callout) {
        Element title = callout.selectFirst(TITLE);
        if (title == null || title == callout) {
            return Optional.empty();
        }
        String text = Text.clean(title.text());
        if (text.isEmpty() || text.length() > LONGEST_TITLE) {
            return Optional.empty();
        }
        title.remove();
        return Optional.of(text);
    }

    /** The default title of a kind: {@code note} is "Note". */
    static String defaultTitle(String kind) {
        return kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
    }

    /** The words of the element's classes, split at hyphens and underscores, lower-case. */
    private static List<String> classWords(Element element) {
        List<String> words = new ArrayList<>();
        for (String name : element.classNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            words.add(lower);
            for (String part : lower.split("[-_]+")) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
        }
        return words;
    }
}
