package dev.faqindex.content.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the admonition syntaxes that CommonMark does not know into GitHub alerts ({@code > [!NOTE] title}), which
 * {@link MarkdownBlocks} reads as callouts: Docusaurus and VitePress containers ({@code :::note Title} ...
 * {@code :::}, {@code :::tip[Title]}), MkDocs admonitions ({@code !!! note "Title"}, collapsible {@code ??? note})
 * with their four-space indented body, and MkDocs content tabs ({@code === "Tab"}) as a labelled pane. Lines in
 * fenced code are left alone.
 */
final class Admonitions {

    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,}).*$");
    private static final Pattern CONTAINER = Pattern.compile("^(\\s*)(:{3,})\\s*([A-Za-z][\\w-]*)\\s*(?:\\[(.*)]|(.*))$");
    private static final Pattern MKDOCS = Pattern.compile("^(\\s*)(?:!!!|\\?\\?\\?\\+?)\\s+([A-Za-z][\\w-]*)"
            + "(?:\\s+[\\w -]*?)?\\s*(?:\"(.*)\")?\\s*$");
    private static final Pattern TAB = Pattern.compile("^(\\s*)===\\+?\\s+\"(.*)\"\\s*$");

    private Admonitions() {
    }

    static String rewrite(String markdown) {
        if (!markdown.contains(":::") && !markdown.contains("!!!") && !markdown.contains("???")
                && !markdown.contains("===")) {
            return markdown;
        }
        return String.join("\n", rewrite(markdown.lines().toList())) + "\n";
    }

    private static List<String> rewrite(List<String> lines) {
        List<String> out = new ArrayList<>();
        String fence = null;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher fenceLine = FENCE.matcher(line);
            if (fenceLine.matches()) {
                String marker = fenceLine.group(1);
                fence = fence == null ? marker : (marker.charAt(0) == fence.charAt(0)
                        && marker.length() >= fence.length() ? null : fence);
            }
            Matcher container = CONTAINER.matcher(line);
            Matcher mkdocs = MKDOCS.matcher(line);
            Matcher tab = TAB.matcher(line);
            if (fence == null && container.matches()) {
                int end = containerEnd(lines, i, container.group(2).length());
                String title = container.group(4) != null ? container.group(4) : container.group(5);
                out.addAll(alert(container.group(1), container.group(3), title, rewrite(lines.subList(i + 1, end))));
                i = Math.min(end + 1, lines.size());
            } else if (fence == null && mkdocs.matches()) {
                int end = indentedEnd(lines, i + 1, mkdocs.group(1).length() + 4);
                out.addAll(alert(mkdocs.group(1), mkdocs.group(2), mkdocs.group(3),
                        rewrite(dedent(lines.subList(i + 1, end), mkdocs.group(1).length() + 4))));
                i = end;
            } else if (fence == null && tab.matches()) {
                int end = indentedEnd(lines, i + 1, tab.group(1).length() + 4);
                out.add("");
                out.add(tab.group(1) + "**" + tab.group(2).replace("*", "\\*") + "**");
                out.add("");
                rewrite(dedent(lines.subList(i + 1, end), 4)).forEach(out::add);
                i = end;
            } else {
                out.add(line);
                i++;
            }
        }
        return out;
    }

    private static List<String> alert(String indent, String kind, String title, List<String> body) {
        List<String> alert = new ArrayList<>();
        alert.add("");
        alert.add(indent + "> [!" + kind.toUpperCase(Locale.ROOT) + "]"
                + (title == null || title.isBlank() ? "" : " " + title.strip()));
        for (String line : body) {
            String own = line.startsWith(indent) ? line.substring(indent.length()) : line.stripLeading();
            alert.add(own.isBlank() ? indent + ">" : indent + "> " + own);
        }
        alert.add("");
        return alert;
    }

    /** The line closing a container opened with {@code colons} colons at {@code start}; the end when none does. */
    private static int containerEnd(List<String> lines, int start, int colons) {
        int depth = 1;
        for (int j = start + 1; j < lines.size(); j++) {
            String stripped = lines.get(j).strip();
            if (stripped.matches(":{3,}") && stripped.length() >= colons) {
                if (--depth == 0) {
                    return j;
                }
            } else if (CONTAINER.matcher(lines.get(j)).matches()
                    && lines.get(j).strip().startsWith(":".repeat(colons))
                    && !lines.get(j).strip().startsWith(":".repeat(colons + 1))) {
                depth++;
            }
        }
        return lines.size();
    }

    /** The first line after {@code start} that is neither blank nor indented by {@code indent}. */
    private static int indentedEnd(List<String> lines, int start, int indent) {
        int end = start;
        int lastContent = start;
        for (int j = start; j < lines.size(); j++) {
            String line = lines.get(j);
            if (line.isBlank()) {
                continue;
            }
            if (leading(line) < indent) {
                break;
            }
            lastContent = j + 1;
        }
        end = Math.max(end, lastContent);
        return end;
    }

    private static List<String> dedent(List<String> lines, int indent) {
        return lines.stream().map(line -> line.length() >= indent && leading(line) >= indent
                ? line.substring(indent) : line.stripLeading()).toList();
    }

    private static int leading(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
