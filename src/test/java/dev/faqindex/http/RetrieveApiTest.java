package dev.faqindex.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.RunningServer.Reply;
import dev.faqindex.testing.SharedServer;
import dev.faqindex.testing.SharedServer.Folder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code POST /api/retrieve} on the seed article: passages for a chatbot, within k and the token budget. */
class RetrieveApiTest {

    @SharedServer(Folder.SEED)
    static RunningServer server;

    private static int estimate(String text) {
        return (text.length() + 3) / 4;
    }

    @Test
    void returnsCitablePassagesBestFirst() throws Exception {
        Reply reply = server.post("/api/retrieve",
                "{\"query\": \"how many days off after hurting my back at the gym\", \"minConfidence\": 0}");
        assertEquals(200, reply.status(), reply.body().toString());
        JsonNode passages = reply.body().get("passages");
        assertEquals(5, passages.size());
        JsonNode first = passages.get(0);
        assertTrue(first.get("title").asText().startsWith("How long should I rest"), first.toString());
        for (JsonNode passage : passages) {
            for (String field : List.of("id", "title", "breadcrumb", "text", "url", "score", "confidence")) {
                assertTrue(passage.hasNonNull(field), field + " missing: " + passage);
            }
            assertEquals("Lower Back Pain During Exercise", passage.get("article").get("title").asText().substring(0, 31));
            assertEquals("lower-back-pain-during-exercise.txt", passage.get("article").get("path").asText());
            assertFalse(passage.get("text").asText().contains("<mark>"), "passage text is plain text");
        }
        assertEquals("how many days off after hurting my back at the gym", reply.body().get("query").asText());
    }

    @Test
    void respectsKAndHasNoDuplicates() throws Exception {
        for (int k : new int[] {1, 3, 12}) {
            JsonNode passages = server.post("/api/retrieve",
                    "{\"query\": \"back pain exercise\", \"k\": " + k + ", \"maxTokens\": 20000, \"minConfidence\": 0}")
                    .body().get("passages");
            assertEquals(k, passages.size(), "k=" + k);
            Set<String> ids = new HashSet<>();
            Set<String> texts = new HashSet<>();
            for (JsonNode passage : passages) {
                assertTrue(ids.add(passage.get("id").asText()), "duplicate id " + passage.get("id"));
                assertTrue(texts.add(passage.get("text").asText()), "duplicate text in " + passage.get("id"));
            }
        }
    }

    @Test
    void staysWithinTheTokenBudget() throws Exception {
        for (int budget : new int[] {60, 150, 400}) {
            JsonNode body = server.post("/api/retrieve",
                    "{\"query\": \"what exercises help lower back pain\", \"k\": 10, \"maxTokens\": " + budget + "}").body();
            int used = body.get("usedTokens").asInt();
            assertTrue(used <= budget, "used " + used + " of " + budget);
            int counted = 0;
            for (JsonNode passage : body.get("passages")) {
                List<String> crumbs = new java.util.ArrayList<>();
                passage.get("breadcrumb").forEach(c -> crumbs.add(c.asText()));
                counted += estimate(passage.get("title").asText()) + estimate(String.join(" > ", crumbs))
                        + estimate(passage.get("text").asText());
                assertFalse(passage.get("text").asText().isBlank());
            }
            assertEquals(counted, used, "usedTokens must add up the passages");
            assertTrue(body.get("passages").size() < 10, "a small budget must cut the list: " + budget);
        }
    }

    @Test
    void aQuestionTheContentCannotAnswerGetsNoPassagesAndSaysSo() throws Exception {
        for (String question : List.of("how do i reset my password", "what are your opening hours",
                "python list comprehension syntax", "xqzvbnm")) {
            JsonNode body = server.post("/api/retrieve", "{\"query\": \"" + question + "\"}").body();
            assertFalse(body.get("answered").asBoolean(), question + ": " + body);
            assertEquals(0, body.get("passages").size(), question + ": " + body);
            assertEquals(0.2, body.get("minConfidence").asDouble(), 1e-9);
        }
    }

    @Test
    void aQuestionTheContentAnswersGetsConfidentPassagesOnly() throws Exception {
        JsonNode body = server.post("/api/retrieve", "{\"query\": \"should i stretch before or after a workout\"}")
                .body();
        assertTrue(body.get("answered").asBoolean(), body.toString());
        assertTrue(body.get("passages").get(0).get("title").asText().startsWith("Should I stretch"), body.toString());
        for (JsonNode passage : body.get("passages")) {
            double confidence = passage.get("confidence").asDouble();
            assertTrue(confidence >= 0.2 && confidence <= 1, passage.toString());
        }
        JsonNode strict = server.post("/api/retrieve",
                "{\"query\": \"should i stretch before or after a workout\", \"minConfidence\": 0.999999}").body();
        assertTrue(strict.get("passages").size() <= body.get("passages").size(), strict.toString());
    }

    @Test
    void filtersAndModeApply() throws Exception {
        JsonNode body = server.post("/api/retrieve",
                "{\"query\": \"resting after an injury\", \"k\": 10, \"filters\": {\"type\": \"faq\"}, \"mode\": \"semantic\","
                        + " \"minConfidence\": 0}")
                .body();
        assertFalse(body.get("passages").isEmpty());
        body.get("passages").forEach(p -> assertTrue(p.get("id").asText().contains(":"), p.toString()));
        for (JsonNode passage : body.get("passages")) {
            String id = passage.get("id").asText();
            JsonNode chunk = server.get("/api/chunks/" + RunningServer.encode(id)).body();
            assertEquals("faq", chunk.get("type").asText(), id);
        }
        JsonNode none = server.post("/api/retrieve",
                "{\"query\": \"resting\", \"filters\": {\"article\": \"no-such-article\"}}").body();
        assertEquals(0, none.get("passages").size());
        assertEquals(0, none.get("usedTokens").asInt());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{not json|body",
        "[1, 2]|body",
        "{}|query",
        "{\"query\": \"   \"}|query",
        "{\"query\": 42}|query",
        "{\"query\": \"rest\", \"k\": 0}|k",
        "{\"query\": \"rest\", \"k\": \"five\"}|k",
        "{\"query\": \"rest\", \"k\": 2.5}|k",
        "{\"query\": \"rest\", \"maxTokens\": 5}|maxTokens",
        "{\"query\": \"rest\", \"mode\": \"vector\"}|mode",
        "{\"query\": \"rest\", \"filters\": {\"type\": \"blog\"}}|filters.type",
        "{\"query\": \"rest\", \"filters\": {\"tags\": \"a\"}}|filters.tags",
        "{\"query\": \"rest\", \"filters\": []}|filters",
        "{\"query\": \"rest\", \"limit\": 3}|limit",
        "{\"query\": \"rest\", \"minConfidence\": 1.5}|minConfidence",
        "{\"query\": \"rest\", \"minConfidence\": \"high\"}|minConfidence"})
    void badInputIsA400NamingTheField(String body, String field) throws Exception {
        Reply reply = server.post("/api/retrieve", body);
        assertEquals(400, reply.status(), reply.body().toString());
        assertTrue(reply.contentType().startsWith("application/json"));
        assertTrue(reply.body().get("error").asText().contains(field), reply.body().toString());
    }
}
