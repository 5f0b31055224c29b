package dev.faqindex.http;

import static dev.faqindex.testing.CurationContent.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.testing.ContentFolder;
import dev.faqindex.testing.CurationContent;
import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.RunningServer.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Query rules over HTTP, each written through {@code PUT /api/admin/rules} and seen in the next search: every action
 * (pin a chunk or an article, hide, boost, bury, filter), stems, pins under a filter that excludes them, the date
 * window, the empty query, retrieve, a broken edit (refused through the API, kept out when made on disk) and
 * {@code explain=true}.
 */
class QueryRulesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path content;
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        content = CurationContent.copy(dir, null);
        server = RunningServer.start(CurationContent.config(content, dir.resolve("index")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void noRules() throws Exception {
        assertEquals(200, putRules("").status());
    }

    @Test
    void pinsAChunkAtItsPosition() throws Exception {
        List<String> before = ids("cancel subscription", "");
        assertNotEquals("billing:old-pricing", before.getFirst());
        putRules("""
                rules:
                  - query: cancel subscription
                    pin: [{id: "billing:old-pricing", position: 1}, {id: "whiteboards:choosing-markers", position: 3}]
                """);
        List<String> after = ids("how do I cancel my subscription", "");
        assertEquals("billing:old-pricing", after.get(0));
        assertEquals("whiteboards:choosing-markers", after.get(2));
        assertEquals(after.size(), new java.util.HashSet<>(after).size(), "a pinned chunk shows once");
    }

    @Test
    void pinsAnArticleByItsBestChunk() throws Exception {
        putRules("""
                rules:
                  - query: ghosting
                    pin: {article: billing, position: 1}
                """);
        List<String> hits = ids("ghosting", "&mode=lexical");
        assertEquals("billing:introduction", hits.getFirst(), "the article's first chunk when none of it matched");
        assertTrue(hits.contains("whiteboards:why-does-my-whiteboard-show-ghosting"));
    }

    @Test
    void hidesChunksAndCountsWithoutThem() throws Exception {
        JsonNode before = server.search("cancel subscription", "&mode=lexical").body();
        putRules("""
                rules:
                  - query: cancel subscription
                    hide: ["billing:cancelling"]
                """);
        JsonNode after = server.search("cancel subscription", "&mode=lexical").body();
        assertTrue(ids(before.get("hits")).contains("billing:cancelling"));
        assertFalse(ids(after.get("hits")).contains("billing:cancelling"));
        assertEquals(before.get("total").asLong() - 1, after.get("total").asLong());
        assertEquals(before.get("facets").get("type").get("section").asInt() - 1,
                after.get("facets").get("type").get("section").asInt());
    }

    @Test
    void boostsAndBuriesByAFilter() throws Exception {
        List<String> before = ids("month plan", "&mode=lexical");
        int lastFaq = lastIndexOfType(before, "billing:how-do-i-cancel-my-subscription", "billing:can-i-get-a-refund");
        assertTrue(lastFaq > 0, before.toString());
        putRules("""
                rules:
                  - query: month plan
                    boost: {type: faq, factor: 10}
                """);
        List<String> boosted = ids("month plan", "&mode=lexical");
        assertTrue(boosted.get(0).startsWith("billing:how-do-i") || boosted.get(0).equals("billing:can-i-get-a-refund"),
                boosted.toString());
        List<String> days = ids("days", "&mode=lexical");
        String firstArticle = days.getFirst().substring(0, days.getFirst().indexOf(':'));
        assertTrue(days.stream().anyMatch(id -> !id.startsWith(firstArticle + ":")), days.toString());
        putRules("""
                rules:
                  - query: days
                    bury: {article: %s, factor: 100}
                """.formatted(firstArticle));
        List<String> buried = ids("days", "&mode=lexical");
        assertFalse(buried.getFirst().startsWith(firstArticle + ":"), buried.toString());
        assertEquals(days.size(), buried.size(), "buried, not hidden");
    }

    @Test
    void addsAFilter() throws Exception {
        putRules("""
                rules:
                  - query: board
                    filter: {type: faq}
                """);
        JsonNode page = server.search("clean the board", "&mode=hybrid").body();
        assertTrue(page.get("hits").size() > 0);
        page.get("hits").forEach(hit -> assertEquals("faq", hit.get("type").asText(), page.toString()));
        assertEquals(page.get("hits").size(), page.get("total").asInt());
    }

    @Test
    void matchesPluralsAndOtherFormsOfTheRulesWords() throws Exception {
        putRules("""
                rules:
                  - query: whiteboard
                    match: exact
                    pin: [{id: "billing:old-pricing", position: 1}]
                """);
        assertEquals("billing:old-pricing", ids("Whiteboards", "").getFirst());
        assertEquals("billing:old-pricing", ids("whiteboard", "").getFirst());
        assertNotEquals("billing:old-pricing", ids("whiteboards markers", "").getFirst(), "exact: nothing more");
    }

    @Test
    void pinsObeyTheRequestsFilters() throws Exception {
        putRules("""
                rules:
                  - query: refund
                    pin: [{id: "billing:old-pricing", position: 1}]
                """);
        assertEquals("billing:old-pricing", ids("refund", "").getFirst());
        JsonNode faqsOnly = server.search("refund", "&type=faq").body();
        assertFalse(ids(faqsOnly.get("hits")).contains("billing:old-pricing"), faqsOnly.toString());
        JsonNode otherTag = server.search("refund", "&tags=office").body();
        assertFalse(ids(otherTag.get("hits")).contains("billing:old-pricing"), otherTag.toString());
        String body = JSON.writeValueAsString(Map.of("query", "refund", "filters", Map.of("type", "faq")));
        JsonNode passages = server.post("/api/retrieve", body).body().get("passages");
        assertFalse(ids(passages).contains("billing:old-pricing"), passages.toString());
    }

    @Test
    void rulesApplyToRetrieveAndTheListBeforeTyping() throws Exception {
        putRules("""
                rules:
                  - query: refund
                    pin: [{id: "whiteboards:cleaning-a-whiteboard", position: 1}]
                  - query: ""
                    pin: [{id: "billing:how-do-i-cancel-my-subscription", position: 1}, {article: whiteboards, position: 2}]
                """);
        JsonNode passages = server.post("/api/retrieve", "{\"query\":\"refund\"}").body().get("passages");
        assertEquals("whiteboards:cleaning-a-whiteboard", passages.get(0).get("id").asText(),
                "a pinned passage is kept whatever its confidence");
        assertEquals(List.of("billing:how-do-i-cancel-my-subscription", "whiteboards:cleaning-a-whiteboard"),
                ids(server.get("/api/featured").body().get("hits")));
        assertEquals(List.of("billing:how-do-i-cancel-my-subscription", "whiteboards:why-does-my-whiteboard-show-ghosting"),
                ids(server.get("/api/featured?type=faq").body().get("hits")), "the article's first chunk that passes");
        assertEquals(List.of("billing:how-do-i-cancel-my-subscription"),
                ids(server.get("/api/featured?tags=billing").body().get("hits")));
    }

    @Test
    void aRuleOutOfItsDateWindowDoesNothing() throws Exception {
        putRules("""
                rules:
                  - query: refund
                    until: 2020-12-31
                    pin: [{id: "billing:old-pricing", position: 1}]
                  - query: refund
                    from: 2020-01-01
                    hide: ["billing:can-i-get-a-refund"]
                """);
        List<String> hits = ids("refund", "");
        assertNotEquals("billing:old-pricing", hits.isEmpty() ? "" : hits.getFirst());
        assertFalse(hits.contains("billing:can-i-get-a-refund"));
    }

    @Test
    void explainNamesTheRulesThatFired() throws Exception {
        putRules("""
                rules:
                  - id: cancel pin
                    query: cancel
                    pin: [{id: "billing:old-pricing", position: 1}]
                  - id: markers down
                    query: cancel
                    bury: {tag: office}
                  - id: not this one
                    query: refund
                    hide: [x]
                """);
        JsonNode explained = server.search("cancel subscription", "&explain=true").body();
        assertEquals(List.of("cancel pin", "markers down"), JSON.convertValue(explained.get("rules"), List.class));
        JsonNode pinned = explained.get("hits").get(0);
        assertEquals("billing:old-pricing", pinned.get("id").asText());
        assertEquals("pinned at 1 by rule 'cancel pin'", pinned.get("explanation").get("rules").get(0).asText());
        assertFalse(server.search("cancel subscription", "").body().has("rules"), "named only when asked");
    }

    @Test
    void aBrokenEditThroughTheApiIsRefusedByLine() throws Exception {
        putRules("rules:\n  - {query: refund, hide: [\"billing:can-i-get-a-refund\"]}\n");
        Reply refused = putRules("""
                rules:
                  - query: refund
                    pin:
                      - {id: "billing:old-pricing", position: 0}
                """);
        assertEquals(400, refused.status());
        assertTrue(refused.body().get("error").asText().startsWith("rules not saved: line 4:"), refused.body().toString());
        assertTrue(refused.body().get("error").asText().contains("position"));
        assertFalse(ids("refund", "").contains("billing:can-i-get-a-refund"), "the rules in use did not change");
        assertTrue(Files.readString(content.resolve("rules.yaml")).contains("hide"));
    }

    @Test
    void aBrokenEditOnDiskKeepsTheLastGoodRulesAndIsReportedByLine() throws Exception {
        putRules("rules:\n  - {query: refund, hide: [\"billing:can-i-get-a-refund\"]}\n");
        ContentFolder.write(content.resolve("rules.yaml"), """
                rules:
                  - query: refund
                    hide: ["billing:can-i-get-a-refund"]
                  - query: cancel
                    match: sometimes
                    hide: ["billing:cancelling"]
                """);
        assertFalse(ids("refund", "").contains("billing:can-i-get-a-refund"), "the last good rules stay");
        assertTrue(ids("cancel subscription", "").contains("billing:cancelling"), "the broken rule is not used");
        JsonNode status = server.get("/api/admin/status", admin()).body().get("queryTime");
        assertEquals(5, status.get("rulesProblem").get("line").asInt(), status.toString());
        assertTrue(status.get("rulesProblem").get("message").asText().contains("match must be"));
        JsonNode rules = server.get("/api/admin/rules", admin()).body();
        assertEquals(5, rules.get("problem").get("line").asInt());
        assertTrue(rules.get("text").asText().contains("sometimes"));
        assertEquals(1, rules.get("rules").size());
    }

    @Test
    void theRulesEndpointsNeedTheAdminToken() throws Exception {
        assertEquals(401, server.get("/api/admin/rules").status());
        assertEquals(401, server.send("PUT", "/api/admin/rules", "rules: []",
                CurationContent.agent()).status());
    }

    private static Reply putRules(String yaml) throws Exception {
        Reply reply = server.send("PUT", "/api/admin/rules", yaml, admin());
        return reply;
    }

    private static List<String> ids(String query, String params) throws Exception {
        Reply reply = server.search(query, params);
        assertEquals(200, reply.status(), reply.body().toString());
        return ids(reply.body().get("hits"));
    }

    private static List<String> ids(JsonNode hits) {
        List<String> ids = new ArrayList<>();
        hits.forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    private static int lastIndexOfType(List<String> ids, String... faqs) {
        int last = -1;
        for (String faq : faqs) {
            last = Math.max(last, ids.indexOf(faq));
        }
        return last;
    }
}
