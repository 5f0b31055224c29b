package dev.faqindex.content.frontmatter;

import dev.faqindex.content.parse.ContentFormatException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter of a Markdown file: the block between a first line {@code ---} and the next {@code ---} (or
 * {@code ...}). Only the flat subset articles use is accepted: {@code key: value}, quoted values, flow lists
 * {@code [a, b]} and block lists of {@code - item} lines; anything else is reported with its line.
 *
 * @param values each key's values (one for a scalar, any number for a list)
 * @param bodyStart index of the first line after the front matter (0 when there is none)
 */
public record FrontMatter(Map<String, List<String>> values, int bodyStart) {

    private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:(?:\\s+(.*?))?\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*-\\s+(.*?)\\s*$");

    public FrontMatter {
        values = Map.copyOf(values);
    }

    /** Reads the front matter at the top of {@code lines}, if any. */
    public static FrontMatter read(List<String> lines) throws ContentFormatException {
        if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
            return new FrontMatter(Map.of(), 0);
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        String listKey = null;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNumber = i + 1;
            String stripped = line.strip();
            if (stripped.equals("---") || stripped.equals("...")) {
                return new FrontMatter(values, i + 1);
            }
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            Matcher item = LIST_ITEM.matcher(line);
            Matcher keyValue = KEY_VALUE.matcher(line);
            if (item.matches() && listKey != null) {
                values.get(listKey).add(scalar(item.group(1), lineNumber));
            } else if (keyValue.matches()) {
                String key = keyValue.group(1);
                if (values.containsKey(key)) {
                    throw new ContentFormatException(lineNumber, "front matter key '" + key + "' appears twice");
                }
                String value = keyValue.group(2) == null ? "" : keyValue.group(2);
                values.put(key, new ArrayList<>(value.isEmpty() ? List.of() : values(value, lineNumber)));
                listKey = value.isEmpty() ? key : null;
            } else {
                throw new ContentFormatException(lineNumber,
                        "front matter line is neither 'key: value' nor a '- item' of a list: " + stripped);
            }
        }
        throw new ContentFormatException(1, "front matter opened with '---' is never closed by another '---'");
    }

    /** The first value of {@code key}. */
    public Optional<String> first(String key) {
        List<String> list = values.getOrDefault(key, List.of());
        return list.isEmpty() ? Optional.empty() : Optional.of(list.getFirst());
    }

    /** The values of {@code key}; a single value is read as a comma-separated list. */
    public List<String> list(String key) {
        List<String> list = values.getOrDefault(key, List.of());
        List<String> items = list.size() == 1 ? Arrays.asList(list.getFirst().split("\\s*,\\s*")) : list;
        return items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> values(String value, int line) throws ContentFormatException {
        if (value.startsWith("[")) {
            if (!value.endsWith("]")) {
                throw new ContentFormatException(line, "front matter list opened with '[' is not closed with ']'");
            }
            List<String> items = new ArrayList<>();
            for (String item : value.substring(1, value.length() - 1).split(",")) {
                if (!item.isBlank()) {
                    items.add(scalar(item.strip(), line));
                }
            }
            return items;
        }
        return List.of(scalar(value, line));
    }

    private static String scalar(String value, int line) throws ContentFormatException {
        if (value.startsWith("\"") || value.startsWith("'")) {
            char quote = value.charAt(0);
            if (value.length() < 2 || value.charAt(value.length() - 1) != quote) {
                throw new ContentFormatException(line, "front matter value has an unclosed " + quote + " quote");
            }
            return value.substring(1, value.length() - 1);
        }
        if (value.startsWith("{") || value.startsWith("|") || value.startsWith(">") || value.contains(": ")) {
            throw new ContentFormatException(line,
                    "front matter value is not a plain value (quote it if it contains ': '): " + value);
        }
        return value;
    }
}
