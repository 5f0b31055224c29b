package dev.faqindex.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.config.Setting;
import dev.faqindex.testing.CurationContent;
import dev.faqindex.testing.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches people really make become suggestions: a search that led two clients to open a hit is suggested beside
 * the titles, as a search to run; one that led a single client, one that once found nothing, and one only agents made
 * are not. The analytics keep no client address, only an anonymous mark of the day.
 */
class PopularSuggestionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void onlySearchesThatLedSeveralClientsToAnAnswerAreSuggested() throws Exception {
        Path content = CurationContent.copy(temp, null);
        Path analytics = temp.resolve("analytics");
        try (RunningServer server = RunningServer.start(CurationContent.config(content, temp.resolve("index"))
                .with(Setting.TRUST_FORWARDED_FOR, true).with(Setting.ANALYTICS_DIR, analytics))) {
            searchAndOpen(server, "whiteboard ghosting", "", "10.0.0.1");
            searchAndOpen(server, "whiteboard ghosting", "", "10.0.0.2");
            searchAndOpen(server, "whiteboard markers", "", "10.0.0.1"); // one client only
            searchAndOpen(server, "whiteboard cloth", "", "10.0.0.1");
            searchAndOpen(server, "whiteboard cloth", "", "10.0.0.2");
            server.get("/api/search?q=whiteboard+cloth&tags=billing", "X-Forwarded-For", "10.0.0.3"); // found nothing
            String[] agent = CurationContent.agent();
            for (String client : List.of("10.0.0.4", "10.0.0.5")) {
                searchAndOpen(server, "whiteboard zorblatt macro", agent[1], client);
            }

            JsonNode suggestions = server.get("/api/suggest?q=whiteb&limit=8").body().get("suggestions");
            List<String> searches = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            suggestions.forEach(s -> ("query".equals(s.get("type").asText()) ? searches : titles)
                    .add(s.get("text").asText()));
            assertEquals(List.of("whiteboard ghosting"), searches, suggestions.toString());
            assertFalse(titles.isEmpty(), "titles are still suggested beside searches");
            JsonNode popular = suggestions.get(0);
            assertEquals("<mark>whiteb</mark>oard ghosting", popular.get("html").asText());
            assertFalse(popular.has("url"), "a search runs as a search");
            assertEquals(List.of("whiteboard ghosting"), queries(server.get("/api/suggest?q=ghost").body()),
                    "a later word completes too");

            String written;
            try (Stream<Path> days = Files.list(analytics)) {
                written = String.join("\n", days.map(day -> {
                    try {
                        return Files.readString(day);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList());
            }
            assertFalse(written.contains("10.0.0."), "no client address is kept");
            assertTrue(written.contains("\"client\":\""), "an anonymous mark is");
        }
    }

    private static void searchAndOpen(RunningServer server, String query, String authorization, String client)
            throws Exception {
        List<String> headers = new ArrayList<>(List.of("X-Forwarded-For", client));
        if (!authorization.isEmpty()) {
            headers.addAll(List.of("Authorization", authorization));
        }
        JsonNode page = server.get("/api/search?q=" + RunningServer.encode(query), headers.toArray(String[]::new))
                .body();
        assertTrue(page.get("total").asInt() > 0, query + ": " + page);
        String body = JSON.writeValueAsString(Map.of("query", query, "id", page.at("/hits/0/id").asText()));
        assertEquals(202, server.send("POST", "/api/feedback", body, headers.toArray(String[]::new)).status());
    }

    private static List<String> queries(JsonNode response) {
        List<String> queries = new ArrayList<>();
        response.get("suggestions").forEach(s -> {
            if ("query".equals(s.get("type").asText())) {
                queries.add(s.get("text").asText());
            }
        });
        return queries;
    }
}
