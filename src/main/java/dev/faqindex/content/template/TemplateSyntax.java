package dev.faqindex.content.template;

import dev.faqindex.content.ContentProblem;
import dev.faqindex.content.parse.LinkTargets;
import dev.faqindex.content.parse.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the template syntax of static site generators into plain Markdown before a Markdown file is parsed, so that
 * it is never shown raw: Hugo shortcodes ({@code {{< >}}}, {@code {{% %}}}), Jekyll/Liquid tags ({@code {% %}},
 * {@code {{ }}}), Jinja comments and Kramdown attribute lists ({@code {:toc}}, {@code {: .class}}).
 *
 * <p>The common ones are rendered ({@link TemplateTags}: figures, callouts, references, includes, tabs, code);
 * any other tag is replaced by its inner text, or by nothing when it has none. Hugo's escaped shortcodes
 * ({@code {{</* name *&#47;>}}}) are shown as the shortcodes they stand for, in code. Inside fenced code and code
 * spans nothing is touched. One instance per file.
 */
public final class TemplateSyntax {

    private static final Pattern TAG = Pattern.compile(
            "(?<esc>\\{\\{([<%])\\s*/\\*(?<escBody>.*?)\\*/\\s*[>%]\\}\\})"
                    + "|(?<sc>\\{\\{(?<scDelim>[<%])-?\\s*(?<scClose>/)?\\s*(?<scName>[A-Za-z_][\\w./-]*)"
                    + "(?<scArgs>(?:[^>%/]|/(?!\\s*[>%]\\}\\})|[>%](?!\\}\\}))*)(?<scSelf>/)?\\s*-?[>%]\\}\\})"
                    + "|(?<lq>\\{%-?\\s*(?<lqName>\\w+)(?<lqArgs>[^\\n]*?)-?%\\})"
                    + "|(?<out>\\{\\{[^\\n]*?\\}\\})"
                    + "|(?<jinja>\\{#[^\\n]*?#\\})"
                    + "|(?<kramdown>\\{::?[^}\\n]*\\})",
            Pattern.DOTALL);
    private static final Pattern TOC_ATTRIBUTE = Pattern.compile("^\\s*\\{:\\s*(toc|\\.no_toc)\\s*\\}\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+.*$");
    private static final Pattern ATTRIBUTE_LINE = Pattern.compile("^\\s*\\{[:.#]?[^{}%]*\\}\\s*$");
    private static final int MAX_INCLUDE_DEPTH = 5;

    private final ProtectedCode code = new ProtectedCode();
    private final TemplateTags tags;

    /**
     * @param source the file being read (includes are looked up in its content folder)
     * @param links how references to other content files become article links
     * @param problems where includes that cannot be found are reported
     */
    public TemplateSyntax(SourceText source, LinkTargets links, List<ContentProblem> problems) {
        this.tags = new TemplateTags(this, new Includes(source, problems), links);
    }

    /** The Markdown body with its template syntax rendered or removed. */
    public String expand(String markdown) {
        if (!mayHoldTemplates(markdown)) {
            return markdown;
        }
        return code.restore(expand(dropAttributeLines(code.protect(markdown)), 0));
    }

    /** Code set aside in this file, for text that comes from an include. */
    String protect(String markdown) {
        return dropAttributeLines(code.protect(markdown));
    }

    /** Puts code back into a rendered part, for parts that are quoted or fenced as a whole. */
    String restore(String markdown) {
        return code.restore(markdown);
    }

    /** Expands the tags in protected text; {@code depth} counts the includes around it. */
    String expand(String text, int depth) {
        if (depth > MAX_INCLUDE_DEPTH) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher tag = TAG.matcher(text);
        int pos = 0;
        while (pos < text.length() && tag.find(pos)) {
            out.append(text, pos, tag.start());
            pos = tag.end();
            if (tag.group("esc") != null) {
                out.append(codeSpan(ProtectedCode.unescape(tag.group())));
            } else if (tag.group("sc") != null) {
                pos = shortcode(text, tag, depth, out);
            } else if (tag.group("lq") != null) {
                pos = liquid(text, tag, depth, out);
            }
            // {{ output }}, {# comments #} and {: attributes } are dropped
        }
        out.append(text, Math.min(pos, text.length()), text.length());
        return out.toString();
    }

    private int shortcode(String text, Matcher tag, int depth, StringBuilder out) {
        if (tag.group("scClose") != null) {
            return tag.end(); // a closing tag whose opening was not found
        }
        String name = tag.group("scName").toLowerCase(Locale.ROOT);
        TagArguments arguments = TagArguments.parse(tag.group("scArgs"));
        String indent = indentAt(text, tag.start());
        if (tag.group("scSelf") != null) {
            out.append(tags.render(name, arguments, null, indent, depth));
            return tag.end();
        }
        Pattern closing = Pattern.compile("\\{\\{[<%]-?\\s*/\\s*" + Pattern.quote(tag.group("scName"))
                + "\\s*-?[>%]\\}\\}");
        Pattern opening = Pattern.compile("\\{\\{[<%]-?\\s*" + Pattern.quote(tag.group("scName"))
                + "(?![\\w./-])(?:[^>%]|[>%](?!\\}\\}))*?(?<!/)\\s*-?[>%]\\}\\}");
        int[] close = findClose(text, tag.end(), opening, closing);
        if (close == null) {
            out.append(tags.render(name, arguments, null, indent, depth));
            return tag.end();
        }
        out.append(tags.render(name, arguments, text.substring(tag.end(), close[0]), indent, depth));
        return close[1];
    }

    private int liquid(String text, Matcher tag, int depth, StringBuilder out) {
        String name = tag.group("lqName").toLowerCase(Locale.ROOT);
        if (name.startsWith("end")) {
            return tag.end();
        }
        TagArguments arguments = TagArguments.parse(tag.group("lqArgs"));
        String indent = indentAt(text, tag.start());
        Pattern closing = Pattern.compile("\\{%-?\\s*end" + Pattern.quote(tag.group("lqName")) + "\\s*-?%\\}");
        Pattern opening = Pattern.compile("\\{%-?\\s*" + Pattern.quote(tag.group("lqName")) + "\\b[^\\n]*?%\\}");
        int[] close = TemplateTags.PAIRED_LIQUID.contains(name) ? findClose(text, tag.end(), opening, closing) : null;
        String inner = close == null ? null : text.substring(tag.end(), close[0]);
        out.append(tags.renderLiquid(name, arguments, inner, indent, depth));
        return close == null ? tag.end() : close[1];
    }

    /** Start and end of the tag closing the one that ended at {@code from}, nested pairs skipped; null if none. */
    private static int[] findClose(String text, int from, Pattern opening, Pattern closing) {
        Matcher open = opening.matcher(text);
        Matcher close = closing.matcher(text);
        int depth = 1;
        int pos = from;
        while (close.find(pos)) {
            while (open.find(pos) && open.start() < close.start()) {
                depth++;
                pos = open.end();
            }
            if (--depth == 0) {
                return new int[] {close.start(), close.end()};
            }
            pos = close.end();
        }
        return null;
    }

    /** The whitespace before {@code index} on its line when only whitespace is there; else null (inline). */
    private static String indentAt(String text, int index) {
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        String before = text.substring(lineStart, index);
        return before.isBlank() ? before : null;
    }

    /** Text shown as inline code, with a backtick fence longer than any run inside it. */
    static String codeSpan(String text) {
        String fence = "`";
        while (text.contains(fence)) {
            fence += "`";
        }
        return fence + " " + text + " " + fence;
    }

    /** Drops whole-line attribute lists ({@code {:toc}} with the list item it replaces, {@code {: .x}}). */
    private static String dropAttributeLines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (TOC_ATTRIBUTE.matcher(line).matches()) {
                int last = out.size() - 1;
                while (last >= 0 && out.get(last).isBlank()) {
                    last--;
                }
                if (last >= 0 && LIST_ITEM.matcher(out.get(last)).matches()) {
                    out.remove(last);
                }
            } else if (!ATTRIBUTE_LINE.matcher(line).matches()) {
                out.add(line);
            }
        }
        return String.join("\n", out) + "\n";
    }

    private static boolean mayHoldTemplates(String text) {
        return text.contains("{{") || text.contains("{%") || text.contains("{:") || text.contains("{#")
                || text.contains("{.");
    }
}
