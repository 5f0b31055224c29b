package dev.faqindex.content.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.content.ContentProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the questions and answers of schema.org {@code FAQPage} structured data ({@code <script
 * type="application/ld+json">}), as help centers publish them for search engines: each {@code Question} of the
 * page's {@code mainEntity} with the {@code text} of its {@code acceptedAnswer} (or first {@code suggestedAnswer}).
 * Pages, graphs ({@code @graph}) and arrays of items are searched; a script that is not valid JSON is reported.
 */
final class FaqJsonLd {

    /**
     * One question from the structured data.
     *
     * @param question the question, as text
     * @param answerHtml the answer, as HTML
     * @param anchor the fragment of the question's {@code url} or {@code @id}, or null
     */
    record Question(String question, String answerHtml, String anchor) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private FaqJsonLd() {
    }

    /** The questions of every FAQ page described in the document, in order. */
    static List<Question> read(Document document, Path file, List<ContentProblem> problems) {
        List<Question> questions = new ArrayList<>();
        for (Element script : document.select("script[type~=(?i)^application/ld\\+json$]")) {
            JsonNode data;
            try {
                data = JSON.readTree(script.data());
            } catch (JsonProcessingException e) {
                problems.add(new ContentProblem(file, line(script, e),
                        "structured data (application/ld+json) is not valid JSON: " + e.getOriginalMessage()
                                + "; its questions are not read"));
                continue;
            }
            collect(data, questions);
        }
        return questions;
    }

    private static void collect(JsonNode node, List<Question> questions) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> collect(item, questions));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (hasType(node, "FAQPage")) {
            JsonNode entities = node.get("mainEntity");
            if (entities != null) {
                (entities.isArray() ? entities : JSON.createArrayNode().add(entities))
                        .forEach(entity -> question(entity).ifPresent(questions::add));
            }
        }
        collect(node.get("@graph"), questions);
    }

    private static Optional<Question> question(JsonNode entity) {
        if (!entity.isObject() || !hasType(entity, "Question")) {
            return Optional.empty();
        }
        String name = Text.clean(Jsoup.parseBodyFragment(text(entity.get("name"))).text());
        JsonNode answer = first(entity.get("acceptedAnswer"));
        if (answer == null) {
            answer = first(entity.get("suggestedAnswer"));
        }
        String html = answer == null ? "" : text(answer.get("text"));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String url = text(entity.get("url")).isEmpty() ? text(entity.get("@id")) : text(entity.get("url"));
        int hash = url.indexOf('#');
        String anchor = hash >= 0 && hash < url.length() - 1 ? url.substring(hash + 1) : null;
        return Optional.of(new Question(name, html, anchor));
    }

    private static JsonNode first(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isArray() ? (node.isEmpty() ? null : node.get(0)) : node;
    }

    private static boolean hasType(JsonNode node, String type) {
        JsonNode types = node.get("@type");
        if (types == null) {
            return false;
        }
        for (JsonNode value : types.isArray() ? types : JSON.createArrayNode().add(types)) {
            String name = value.asText();
            String lower = name.toLowerCase(Locale.ROOT);
            String wanted = type.toLowerCase(Locale.ROOT);
            if (lower.equals(wanted) || lower.endsWith("/" + wanted) || lower.equals("schema:" + wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() ? "" : node.asText();
    }

    /** The page line of the fault: the script's first line plus the parser's line within it. */
    private static int line(Element script, JsonProcessingException e) {
        int start = script.sourceRange().isTracked() ? script.sourceRange().start().lineNumber() : 0;
        int within = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
        return start == 0 ? 0 : start + within - 1;
    }
}
