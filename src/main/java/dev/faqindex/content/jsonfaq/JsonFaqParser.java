package dev.faqindex.content.jsonfaq;

import dev.faqindex.content.ChunkType;
import dev.faqindex.content.ContentProblem;
import dev.faqindex.content.block.Block;
import dev.faqindex.content.parse.ArticleOutline;
import dev.faqindex.content.parse.ArticleParser;
import dev.faqindex.content.parse.OutlineSection;
import dev.faqindex.content.parse.Slugs;
import dev.faqindex.content.parse.SourceText;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a JSON FAQ file: a {@code .json} array of objects, or {@code .jsonl} with one object per line, each
 * {@code {"id", "question", "answer", "url"?, "tags"?}}. Every entry becomes one FAQ chunk whose id is the given id
 * (a number is taken as its text; without an id the chunk gets {@code <slug>:<anchor>}). An entry without question or
 * answer, a repeated id, or a malformed line is reported with its line and skipped; the other entries still load.
 */
public final class JsonFaqParser implements ArticleParser {

    private final ObjectMapper mapper = new ObjectMapper();
    private final boolean jsonLines;

    /** @param jsonLines true for {@code .jsonl} (one object per line), false for a {@code .json} array */
    public JsonFaqParser(boolean jsonLines) {
        this.jsonLines = jsonLines;
    }

    /** One object of the file and the line it starts on. */
    private record Entry(int line, JsonNode node) {}

    @Override
    public Optional<ArticleOutline> parse(SourceText source, List<ContentProblem> problems) {
        List<Entry> entries = jsonLines ? readLines(source, problems) : readArray(source, problems);
        String title = Slugs.titleFromFileName(source.fileName());
        List<OutlineSection> sections = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Entry entry : entries) {
            toSection(entry, source, problems).ifPresent(section -> {
                if (section.givenId() != null && !ids.add(section.givenId())) {
                    problems.add(new ContentProblem(source.file(), entry.line(),
                            "duplicate id '" + section.givenId() + "'; this entry is skipped"));
                } else {
                    sections.add(section);
                }
            });
        }
        if (sections.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ArticleOutline(
                source.pathSlug(), title, List.of(), source.file(), sections, source.path(), List.of()));
    }

    private List<Entry> readLines(SourceText source, List<ContentProblem> problems) {
        List<Entry> entries = new ArrayList<>();
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                entries.add(new Entry(i + 1, mapper.readTree(lines.get(i))));
            } catch (JsonProcessingException e) {
                problems.add(new ContentProblem(source.file(), i + 1, "malformed JSON: " + e.getOriginalMessage()));
            }
        }
        return entries;
    }

    private List<Entry> readArray(SourceText source, List<ContentProblem> problems) {
        List<Entry> entries = new ArrayList<>();
        try (JsonParser parser = mapper.createParser(source.text())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                problems.add(new ContentProblem(source.file(), parser.currentLocation().getLineNr(),
                        "a .json FAQ file must hold an array of {id, question, answer} objects"));
                return entries;
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int line = parser.currentTokenLocation().getLineNr();
                entries.add(new Entry(line, parser.readValueAsTree()));
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new ContentProblem(source.file(), line,
                    "malformed JSON: " + e.getOriginalMessage() + "; entries after this point are skipped"));
        } catch (IOException e) {
            throw new IllegalStateException("reading JSON from an in-memory string failed", e);
        }
        return entries;
    }

    private static Optional<OutlineSection> toSection(Entry entry, SourceText source, List<ContentProblem> problems) {
        JsonNode node = entry.node();
        if (node == null || !node.isObject()) {
            problems.add(new ContentProblem(source.file(), entry.line(),
                    "expected an object {id, question, answer}, found " + (node == null ? "nothing" : node.getNodeType())));
            return Optional.empty();
        }
        String question = text(node, "question");
        String answer = text(node, "answer");
        if (question.isBlank() || answer.isBlank()) {
            problems.add(new ContentProblem(source.file(), entry.line(),
                    "entry needs a non-blank \"question\" and \"answer\"; it is skipped"));
            return Optional.empty();
        }
        String id = text(node, "id");
        String url = text(node, "url");
        List<String> tags = new ArrayList<>();
        JsonNode tagNode = node.path("tags");
        if (tagNode.isArray()) {
            tagNode.forEach(tag -> tags.add(tag.asText().strip()));
        } else if (tagNode.isTextual()) {
            tags.addAll(List.of(tagNode.asText().split("\\s*,\\s*")));
        }
        tags.removeIf(String::isBlank);
        String title = question.strip();
        return Optional.of(new OutlineSection(ChunkType.FAQ, title, List.of(title),
                Arrays.stream(answer.strip().split("\\n\\s*\\n")).map(p -> Block.paragraph(p.strip())).toList(),
                id.isBlank() ? null : id, id.isBlank() ? null : id, url.isBlank() ? null : url, tags, null));
    }

    /** The field as text: strings as they are, numbers in their JSON spelling, anything else empty. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() || value.isNumber() ? value.asText() : "";
    }
}
