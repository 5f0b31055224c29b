package dev.faqindex.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads query sets with their judgments from the two formats faq-index evaluates. */
public final class QuerySets {

    private QuerySets() {
    }

    /**
     * A {@code query<TAB>alternatives} file: alternatives separated by {@code |}; {@code #} lines are comments.
     *
     * @throws IllegalArgumentException naming the line when a line has no tab
     */
    public static List<JudgedQuery> readTitleJudged(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<JudgedQuery> queries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(tsv + ":" + (i + 1) + ": expected query<TAB>expected titles");
            }
            List<String> alternatives = Arrays.stream(line.substring(tab + 1).split("\\|"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            queries.add(new JudgedQuery(Integer.toString(i + 1), line.substring(0, tab).strip(), Set.of(), alternatives));
        }
        return queries;
    }

    /**
     * Queries from a JSON-lines file of {@code {id, text}} (or {@code query}) judged by a TREC-style qrels file
     * ({@code query-id entry-id relevance}, or {@code query-id 0 entry-id relevance}; tab or space separated).
     * Queries with no relevant entry are left out.
     */
    public static List<JudgedQuery> readQrelsJudged(Path queriesJsonl, Path qrels) throws IOException {
        Map<String, Set<String>> relevant = new HashMap<>();
        List<String> qrelLines = Files.readAllLines(qrels, StandardCharsets.UTF_8);
        for (int i = 0; i < qrelLines.size(); i++) {
            String line = qrelLines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            String queryId;
            String entryId;
            String grade;
            if (parts.length == 3) {
                queryId = parts[0];
                entryId = parts[1];
                grade = parts[2];
            } else if (parts.length == 4) {
                queryId = parts[0];
                entryId = parts[2];
                grade = parts[3];
            } else {
                throw new IllegalArgumentException(qrels + ":" + (i + 1) + ": expected query-id entry-id relevance");
            }
            if (Integer.parseInt(grade) > 0) {
                relevant.computeIfAbsent(queryId, k -> new HashSet<>()).add(entryId);
            }
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> queryLines = Files.readAllLines(queriesJsonl, StandardCharsets.UTF_8);
        for (int i = 0; i < queryLines.size(); i++) {
            if (queryLines.get(i).isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(queryLines.get(i));
            JsonNode text = node.hasNonNull("text") ? node.get("text") : node.get("query");
            if (node.get("id") == null || text == null) {
                throw new IllegalArgumentException(queriesJsonl + ":" + (i + 1) + ": expected {\"id\", \"text\"}");
            }
            texts.put(node.get("id").asText(), text.asText());
        }
        List<JudgedQuery> queries = new ArrayList<>();
        texts.forEach((id, text) -> {
            Set<String> ids = relevant.get(id);
            if (ids != null && !ids.isEmpty()) {
                queries.add(new JudgedQuery(id, text, ids, List.of()));
            }
        });
        return queries;
    }
}
