package dev.faqindex.content.template;

import dev.faqindex.content.parse.LinkTargets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders the common template tags as Markdown: figures (Hugo {@code figure}/{@code img}) as images with a caption;
 * notes, tips, hints, alerts and other callouts as GitHub alerts; {@code ref}/{@code relref} and Liquid
 * {@code link} as article links; includes as the included file; tabs as their panes in order, each under its label;
 * {@code highlight}/{@code code} as fenced code; YouTube and Vimeo as links. Any other tag becomes its inner text.
 */
final class TemplateTags {

    /** Liquid tags that come in pairs with an {@code end<name>} tag. */
    static final Set<String> PAIRED_LIQUID = Set.of("raw", "comment", "highlight", "if", "unless", "for", "case",
            "capture", "tablerow");

    private static final Map<String, String> CALLOUT_KINDS = Map.ofEntries(
            Map.entry("note", "note"), Map.entry("info", "note"), Map.entry("notice", "note"),
            Map.entry("tip", "tip"), Map.entry("hint", "tip"), Map.entry("success", "tip"),
            Map.entry("important", "important"), Map.entry("warning", "warning"), Map.entry("attention", "warning"),
            Map.entry("caution", "caution"), Map.entry("danger", "caution"), Map.entry("error", "caution"));
    private static final Set<String> CALLOUT_TAGS = Set.of("note", "info", "notice", "tip", "hint", "success",
            "important", "warning", "attention", "caution", "danger", "error", "alert", "callout", "admonition",
            "details");
    private static final Set<String> FIGURE_TAGS = Set.of("figure", "img", "image");
    private static final Set<String> CODE_TAGS = Set.of("highlight", "code", "code-toggle", "codeblock");
    private static final Set<String> TAB_TAGS = Set.of("tab", "tab-item", "tabitem");

    private final TemplateSyntax syntax;
    private final Includes includes;
    private final LinkTargets links;

    TemplateTags(TemplateSyntax syntax, Includes includes, LinkTargets links) {
        this.syntax = syntax;
        this.includes = includes;
        this.links = links;
    }

    /** A Hugo shortcode as Markdown; {@code inner} is null for a shortcode without a closing tag. */
    String render(String name, TagArguments args, String inner, String indent, int depth) {
        if (FIGURE_TAGS.contains(name)) {
            return block(figure(args), indent);
        }
        if (CALLOUT_TAGS.contains(name)) {
            return callout(name, args, inner == null ? "" : syntax.expand(inner, depth), indent);
        }
        if (name.equals("ref") || name.equals("relref")) {
            return args.get(0, "path", "page").map(links::reference).orElse("");
        }
        if (name.equals("include") || name.equals("readfile")) {
            return included(args.get(0, "file", "path"), indent, depth);
        }
        if (CODE_TAGS.contains(name) && inner != null) {
            String language = args.named("lang", "language")
                    .or(() -> name.equals("highlight") ? args.get(0) : Optional.empty()).orElse("");
            return block(fenced(language, syntax.restore(inner)), indent);
        }
        if (TAB_TAGS.contains(name)) {
            String label = args.get(0, "name", "title", "header", "label", "value").orElse("");
            String body = inner == null ? "" : syntax.expand(inner, depth);
            return block((label.isEmpty() ? "" : "**" + label.replace("*", "\\*") + "**\n\n") + body, indent);
        }
        if (name.equals("youtube") || name.equals("vimeo")) {
            return args.get(0, "id").map(id -> block("[" + (name.equals("youtube") ? "YouTube" : "Vimeo") + " video]("
                    + (name.equals("youtube") ? "https://www.youtube.com/watch?v=" : "https://vimeo.com/") + id + ")",
                    indent)).orElse("");
        }
        return inner == null ? "" : syntax.expand(inner, depth);
    }

    /** A Liquid tag as Markdown; {@code inner} is the text up to its {@code end} tag, or null. */
    String renderLiquid(String name, TagArguments args, String inner, String indent, int depth) {
        return switch (name) {
            case "raw" -> inner == null ? "" : syntax.restore(inner);
            case "comment", "capture" -> "";
            case "highlight" -> inner == null ? "" : block(fenced(args.get(0).orElse(""), syntax.restore(inner)), indent);
            case "include", "include_relative" -> included(args.get(0), indent, depth);
            case "link", "post_url" -> args.get(0).map(links::reference).orElse("");
            default -> inner == null ? "" : syntax.expand(inner, depth);
        };
    }

    private String included(Optional<String> file, String indent, int depth) {
        return file.flatMap(includes::read)
                .map(text -> block(syntax.expand(syntax.protect(text), depth + 1), indent))
                .orElse("");
    }

    private String figure(TagArguments args) {
        String src = args.get(0, "src").orElse("");
        if (src.isBlank()) {
            return "";
        }
        String alt = args.named("alt").orElse("");
        String caption = args.named("caption", "title").orElse(alt);
        String image = "![" + escape(alt) + "](<" + src.replace(">", "%3E") + "> \"" + caption.replace("\"", "\\\"")
                + "\")";
        return args.named("link").map(link -> "[" + image + "](<" + link.replace(">", "%3E") + ">)").orElse(image);
    }

    private String callout(String name, TagArguments args, String body, String indent) {
        String kind = CALLOUT_KINDS.getOrDefault(name, "");
        if (kind.isEmpty()) {
            kind = args.named("type", "class", "context", "level", "color", "theme")
                    .or(() -> args.get(0).filter(word -> CALLOUT_KINDS.containsKey(word.toLowerCase(Locale.ROOT))))
                    .map(word -> CALLOUT_KINDS.getOrDefault(word.toLowerCase(Locale.ROOT), "note")).orElse("note");
        }
        String title = args.named("title", "summary", "header")
                .or(() -> name.equals("details") ? args.get(0) : Optional.empty()).orElse("");
        String restored = syntax.restore(body).strip();
        String quoted = restored.lines().map(line -> line.isBlank() ? ">" : "> " + line)
                .collect(Collectors.joining("\n"));
        String opening = "> [!" + kind.toUpperCase(Locale.ROOT) + "]" + (title.isBlank() ? "" : " " + title.strip());
        return block(opening + (quoted.isEmpty() ? "" : "\n" + quoted), indent);
    }

    /** Markdown that must stand as blocks of its own: blank lines around it, each line at the tag's indentation. */
    private static String block(String markdown, String indent) {
        if (markdown.isBlank()) {
            return "";
        }
        if (indent == null) {
            return "\n\n" + markdown.strip() + "\n\n";
        }
        return "\n\n" + markdown.strip().lines().map(line -> line.isEmpty() ? "" : indent + line)
                .collect(Collectors.joining("\n")) + "\n\n";
    }

    private static String fenced(String language, String code) {
        String body = code.replaceAll("^\\n+|\\s+$", "");
        String fence = "```";
        while (body.contains(fence)) {
            fence += "`";
        }
        return fence + language.strip() + "\n" + body + "\n" + fence;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }
}
