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
import java.util.regex.Pattern;

/**
 * Reads query sets with their judgments from the formats faq-index evaluates: {@code query<TAB>alternatives} files
 * (titles, or content files as the real-corpus query sets name them) and JSON-lines queries with TREC qrels.
 */
public final class QuerySets {

    private QuerySets() {
    }

    /** What the alternatives of a {@code query<TAB>alternatives} file name. */
    public enum Expectation {
        /** Titles, found in a result's title or breadcrumb. */
        TITLE,
        /** Content files, equal to a result's path. */
        PATH,
        /** Content files when every alternative in the file looks like a file path, else titles. */
        AUTO
    }

    /** A content file's path as query sets write them: no spaces, an extension. */
    private static final Pattern FILE_PATH = Pattern.compile("[^\\s|]+\\.[A-Za-z0-9]{1,10}");

    /**
     * A {@code query<TAB>alternatives} file judged by title: alternatives separated by {@code |}; {@code #} lines
     * are comments.
     *
     * @throws IllegalArgumentException naming the line when a line has no tab
     */
    public static List<JudgedQuery> readTitleJudged(Path tsv) throws IOException {
        return readJudged(tsv, Expectation.TITLE);
    }

    /**
     * A {@code query<TAB>alternatives} file: alternatives separated by {@code |}; {@code #} lines are comments; the
     * alternatives name titles or content files as {@code expectation} says.
     *
     * @throws IllegalArgumentException naming the line when a line has no tab or no alternative
     */
    public static List<JudgedQuery> readJudged(Path tsv, Expectation expectation) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(tsv + ":" + (i + 1)
                        + ": expected query<TAB>expected titles or files");
            }
            String[] alternatives = Arrays.stream(line.substring(tab + 1).split("\\|"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
            if (alternatives.length == 0) {
                throw new IllegalArgumentException(tsv + ":" + (i + 1) + ": no expected title or file after the tab");
            }
            String[] row = new String[alternatives.length + 1];
            row[0] = line.substring(0, tab).strip();
            System.arraycopy(alternatives, 0, row, 1, alternatives.length);
            rows.add(row);
            lineNumbers.add(i + 1);
        }
        boolean byPath = expectation == Expectation.PATH || expectation == Expectation.AUTO && !rows.isEmpty()
                && rows.stream().allMatch(row -> Arrays.stream(row, 1, row.length)
                        .allMatch(alternative -> FILE_PATH.matcher(alternative).matches()));
        List<JudgedQuery> queries = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            List<String> alternatives = List.of(row).subList(1, row.length);
            String id = Integer.toString(lineNumbers.get(r));
            queries.add(byPath
                    ? new JudgedQuery(id, row[0], Set.of(), List.of(), Set.copyOf(alternatives))
                    : new JudgedQuery(id, row[0], Set.of(), alternatives));
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
