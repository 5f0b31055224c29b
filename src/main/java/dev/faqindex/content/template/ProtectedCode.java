package dev.faqindex.content.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown text with its code set aside: fenced code blocks and inline code spans are replaced by placeholders, so
 * that template syntax is only ever looked for outside code, and put back verbatim afterwards (only Hugo's escaped
 * shortcodes, {@code {{</* name *&#47;>}}}, are shown unescaped inside code, as Hugo shows them).
 */
final class ProtectedCode {

    /** Placeholders are NUL-delimited: decoded content files never hold NUL. */
    private static final char MARK = '\u0000';
    private static final Pattern PLACEHOLDER = Pattern.compile(MARK + "(\\d+)" + MARK);
    private static final Pattern FENCE = Pattern.compile("^(\\s*(?:>\\s*)*)(`{3,}|~{3,})(.*)$");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?!`)(.+?)(?<!`)\\1(?!`)");
    private static final Pattern ESCAPED_SHORTCODE = Pattern.compile("\\{\\{([<%])\\s*/\\*(.*?)\\*/\\s*([>%])\\}\\}",
            Pattern.DOTALL);

    private final List<String> code = new ArrayList<>();

    /** The text with every fenced block and code span replaced by a placeholder. */
    String protect(String text) {
        List<String> lines = text.lines().toList();
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < lines.size()) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (open.matches() && !(open.group(2).startsWith("`") && open.group(3).contains("`"))) {
                int end = closingFence(lines, i, open.group(2));
                StringBuilder block = new StringBuilder();
                for (int j = i; j <= end; j++) {
                    block.append(lines.get(j)).append(j < end ? "\n" : "");
                }
                out.append(placeholder(unescape(block.toString()))).append('\n');
                i = end + 1;
            } else {
                out.append(protectSpans(lines.get(i))).append('\n');
                i++;
            }
        }
        return out.toString();
    }

    /** The text with every placeholder replaced by the code it stands for. */
    String restore(String text) {
        String restored = text;
        for (int pass = 0; pass < 3 && restored.indexOf(MARK) >= 0; pass++) {
            restored = PLACEHOLDER.matcher(restored)
                    .replaceAll(match -> Matcher.quoteReplacement(code.get(Integer.parseInt(match.group(1)))));
        }
        return restored;
    }

    /** Hugo's escaped shortcodes shown as the shortcodes they stand for: {@code {{< name >}}}. */
    static String unescape(String text) {
        return ESCAPED_SHORTCODE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(
                "{{" + match.group(1) + " " + match.group(2).strip() + " " + match.group(3) + "}}"));
    }

    private String protectSpans(String line) {
        if (line.indexOf('`') < 0) {
            return line;
        }
        return CODE_SPAN.matcher(line).replaceAll(match -> Matcher.quoteReplacement(placeholder(unescape(match.group()))));
    }

    private String placeholder(String original) {
        code.add(original);
        return MARK + Integer.toString(code.size() - 1) + MARK;
    }

    /** The line of the fence that closes the one opened at {@code start}; the last line when none does. */
    private static int closingFence(List<String> lines, int start, String fence) {
        for (int j = start + 1; j < lines.size(); j++) {
            Matcher close = FENCE.matcher(lines.get(j));
            if (close.matches() && close.group(2).charAt(0) == fence.charAt(0)
                    && close.group(2).length() >= fence.length() && close.group(3).isBlank()) {
                return j;
            }
        }
        return lines.size() - 1;
    }
}
