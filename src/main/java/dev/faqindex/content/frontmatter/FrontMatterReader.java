package dev.faqindex.content.frontmatter;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.faqindex.content.ContentProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds and parses the front matter at the top of a file: YAML between {@code ---} lines (closed by {@code ---} or
 * {@code ...}), TOML between {@code +++} lines, or a JSON object starting on the first line. Parsing is Jackson's
 * (SnakeYAML underneath for YAML), so every valid document is accepted.
 *
 * <p>Broken front matter never costs the page: the problem is reported with the file's line number, the keys that
 * can still be read on their own are kept, and the body is read as usual. Thread-safe.
 */
public final class FrontMatterReader {

    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^[\"']?[A-Za-z_][\\w.-]*[\"']?\\s*[:=]");

    /** One kind of front matter: its delimiter and its parser. */
    private record Format(String name, String delimiter, ObjectMapper mapper) {
    }

    private final Format yaml = new Format("YAML", "---", YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build());
    private final Format toml = new Format("TOML", "+++", TomlMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build());
    private final ObjectMapper json = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    /** The front matter of a file's lines; problems in it are added to {@code problems}. */
    public FrontMatter read(Path file, List<String> lines, List<ContentProblem> problems) {
        if (lines.isEmpty()) {
            return FrontMatter.none();
        }
        String first = lines.getFirst().stripTrailing();
        if (first.equals(yaml.delimiter())) {
            return delimited(yaml, file, lines, problems);
        }
        if (first.equals(toml.delimiter())) {
            return delimited(toml, file, lines, problems);
        }
        if (first.startsWith("{") && !first.startsWith("{{") && !first.startsWith("{%") && !first.startsWith("{:")) {
            return jsonObject(file, lines, problems);
        }
        return FrontMatter.none();
    }

    private FrontMatter delimited(Format format, Path file, List<String> lines, List<ContentProblem> problems) {
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            if (line.equals(format.delimiter()) || (format == yaml && line.equals("..."))) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problems.add(new ContentProblem(file, 1, format.name() + " front matter opened with '"
                    + format.delimiter() + "' is never closed by another '" + format.delimiter()
                    + "'; the whole file is read as the page"));
            return FrontMatter.none();
        }
        List<String> block = lines.subList(1, end);
        try {
            return new FrontMatter(object(format.mapper().readTree(String.join("\n", block)), format.name()), end + 1);
        } catch (IOException e) {
            problems.add(new ContentProblem(file, lineOf(e, 1), "broken " + format.name() + " front matter: "
                    + message(e) + "; the keys that could be read on their own are used"));
            return new FrontMatter(salvage(format.mapper(), block), end + 1);
        } catch (NotAMapException e) {
            problems.add(new ContentProblem(file, 2, e.getMessage()));
            return new FrontMatter(JsonNodeFactory.instance.objectNode(), end + 1);
        }
    }

    private FrontMatter jsonObject(Path file, List<String> lines, List<ContentProblem> problems) {
        String text = String.join("\n", lines);
        try (JsonParser parser = json.createParser(text)) {
            JsonNode tree = json.readTree(parser);
            int endLine = parser.currentLocation().getLineNr();
            return new FrontMatter(object(tree, "JSON"), Math.min(endLine, lines.size()));
        } catch (IOException e) {
            int closing = lines.indexOf("}");
            problems.add(new ContentProblem(file, lineOf(e, 0), "broken JSON front matter: " + message(e)
                    + (closing < 0 ? "; the whole file is read as the page" : "; its keys are ignored")));
            return new FrontMatter(JsonNodeFactory.instance.objectNode(), closing < 0 ? 0 : closing + 1);
        } catch (NotAMapException e) {
            problems.add(new ContentProblem(file, 1, e.getMessage()));
            return FrontMatter.none();
        }
    }

    /** The keys of a broken block that parse on their own: each top-level key with the lines indented under it. */
    private static ObjectNode salvage(ObjectMapper mapper, List<String> block) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        List<String> entry = new ArrayList<>();
        for (String line : block) {
            if (TOP_LEVEL_KEY.matcher(line).find() || line.startsWith("[")) {
                addIfValid(mapper, entry, values);
                entry.clear();
            }
            entry.add(line);
        }
        addIfValid(mapper, entry, values);
        return values;
    }

    private static void addIfValid(ObjectMapper mapper, List<String> entry, ObjectNode values) {
        if (entry.isEmpty() || !TOP_LEVEL_KEY.matcher(entry.getFirst()).find()) {
            return;
        }
        try {
            ObjectNode parsed = object(mapper.readTree(String.join("\n", entry)), "");
            parsed.properties().forEach(field -> {
                if (!values.has(field.getKey())) {
                    values.set(field.getKey(), field.getValue());
                }
            });
        } catch (IOException | NotAMapException e) {
            // this entry is the broken part: left out, as the reported problem says
        }
    }

    /** The tree as an object with lower-case top-level keys. */
    private static ObjectNode object(JsonNode tree, String format) throws NotAMapException {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return values;
        }
        if (!tree.isObject()) {
            throw new NotAMapException(format + " front matter must be a map of keys to values, not a "
                    + tree.getNodeType().name().toLowerCase(Locale.ROOT) + "; its content is ignored");
        }
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
            values.set(field.getKey().toLowerCase(Locale.ROOT), field.getValue());
        }
        return values;
    }

    /** The file line of a parse error, given the line the parsed text starts after. */
    private static int lineOf(IOException e, int offset) {
        if (e instanceof JsonProcessingException processing) {
            JsonLocation location = processing.getLocation();
            if (location != null && location.getLineNr() > 0) {
                return location.getLineNr() + offset;
            }
        }
        return offset + 1;
    }

    private static String message(IOException e) {
        String message = e instanceof JsonProcessingException processing ? processing.getOriginalMessage()
                : e.getMessage();
        String firstLine = message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
        return firstLine.strip();
    }

    /** Front matter that parsed but is not a map of keys. */
    private static final class NotAMapException extends Exception {
        NotAMapException(String message) {
            super(message);
        }
    }
}
