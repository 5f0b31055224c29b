package dev.faqindex.http;

import static dev.faqindex.testing.CurationContent.agent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.testing.CurationContent;
import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.RunningServer.Reply;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One internal page by its front matter ({@code agent-notes}) and one by its folder ({@code internal/}) beside
 * public pages: for every endpoint and every ranking mode, a request without an agent token gets no trace of them
 * (not a hit, a count, a facet, a suggestion, a correction, a related chunk, a cached page, a pin), and a request
 * with the token gets them, marked internal.
 */
class InternalVisibilityTest {

    /** Words, ids and keys that only the internal pages hold: none may appear in anything the public is sent. */
    private static final List<String> TRACES = List.of("zorblatt", "agent-notes", "known-issues", "escalat", "quirk",
            "\"internal\"");
    private static final String RULES = """
            rules:
              - id: front page
                query: ""
                pin:
                  - {id: "agent-notes:macro-text", position: 1}
                  - {id: "billing:how-do-i-cancel-my-subscription", position: 2}
              - id: refund macro
                query: refund
                pin: [{id: "agent-notes:when-to-escalate-a-refund", position: 1}]
            """;
    private static final List<String> QUERIES = List.of("refund", "escalate a refund to the billing lead",
            "zorblatt reseller portal", "invoices late on the mobile app", "billing");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = CurationContent.start(dir, RULES);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lexical", "semantic", "hybrid"})
    void searchShowsThePublicNoTraceInEveryMode(String mode) throws Exception {
        for (String query : QUERIES) {
            for (String extra : List.of("", "&group=article", "&type=section", "&tags=billing", "&explain=true")) {
                Reply reply = server.search(query, "&mode=" + mode + extra);
                assertEquals(200, reply.status(), query + extra);
                assertNoTrace(reply.body(), mode + " " + query + extra);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lexical", "semantic", "hybrid"})
    void agentsFindInternalPagesMarkedInEveryMode(String mode) throws Exception {
        JsonNode hits = server.get("/api/search?q=" + RunningServer.encode("escalate a refund to the billing lead")
                + "&mode=" + mode, agent()).body().get("hits");
        JsonNode internal = first(hits, "agent-notes:when-to-escalate-a-refund");
        assertTrue(internal != null && internal.get("internal").asBoolean(), hits.toString());
        JsonNode folder = server.get("/api/search?q=" + RunningServer.encode("invoices late on the mobile app")
                + "&mode=" + mode, agent()).body().get("hits");
        assertTrue(ids(folder).contains("internal/known-issues:invoices-late-on-mobile"), folder.toString());
    }

    @Test
    void totalsAndFacetsCountPublicChunksOnly() throws Exception {
        JsonNode publicPage = server.search("refund", "&mode=lexical").body();
        JsonNode agentPage = server.get("/api/search?q=refund&mode=lexical", agent()).body();
        assertEquals(1, publicPage.get("total").asLong(), publicPage.toString());
        assertEquals(3, agentPage.get("total").asLong(), agentPage.toString());
        assertEquals(1, publicPage.get("facets").get("tags").get("billing").asInt());
        assertEquals(Map.of("billing", 1), JSON.convertValue(publicPage.get("facets").get("article"), Map.class));
        assertEquals(3, agentPage.get("facets").get("tags").get("billing").asInt());
        assertEquals(2, agentPage.get("facets").get("tags").get("escalation").asInt());

        JsonNode health = server.get("/api/health").body();
        JsonNode agentHealth = server.get("/api/health", agent()).body();
        assertEquals(health.get("chunks").asInt() + 3, agentHealth.get("chunks").asInt());
    }

    @Test
    void suggestionsCompleteOnlyPublicTitles() throws Exception {
        for (String prefix : List.of("refund", "when to esc", "macro", "invoices l", "known")) {
            Reply reply = server.get("/api/suggest?q=" + RunningServer.encode(prefix));
            assertNoTrace(reply.body(), "suggest " + prefix);
        }
        JsonNode agents = server.get("/api/suggest?q=" + RunningServer.encode("when to esc"), agent()).body();
        assertEquals("When to escalate a refund", agents.get("suggestions").get(0).get("text").asText());
        assertTrue(agents.get("suggestions").get(0).get("internal").asBoolean());
    }

    @Test
    void spellingDrawsOnTheWordsTheRequestMaySee() throws Exception {
        for (String mode : List.of("lexical", "hybrid")) {
            Reply typo = server.search("zorblat", "&mode=" + mode);
            assertNoTrace(typo.body(), "typo " + mode);
            assertEquals(0, typo.body().get("total").asLong(), typo.body().toString());
        }
        JsonNode agents = server.get("/api/search?q=zorblat&mode=lexical", agent()).body();
        assertEquals("zorblatt", agents.get("suggestion").asText(), agents.toString());
        assertTrue(agents.get("total").asLong() >= 1);
    }

    @Test
    void chunksAndRelatedOfInternalPagesDoNotExistForThePublic() throws Exception {
        for (String id : List.of("agent-notes:macro-text", "internal/known-issues:invoices-late-on-mobile")) {
            Reply hidden = server.get("/api/chunks/" + RunningServer.encode(id));
            Reply unknown = server.get("/api/chunks/" + RunningServer.encode(id + "-none"));
            assertEquals(404, hidden.status());
            assertEquals(unknown.body().get("error").asText().replace("-none", ""),
                    hidden.body().get("error").asText(), "as unknown as an id that never was");
            assertEquals(404, server.get("/api/chunks/" + RunningServer.encode(id) + "/related").status());

            Reply shown = server.get("/api/chunks/" + RunningServer.encode(id), agent());
            assertEquals(200, shown.status());
            assertTrue(shown.body().get("internal").asBoolean());
        }
        Reply related = server.get("/api/chunks/" + RunningServer.encode("billing:can-i-get-a-refund")
                + "/related?limit=20");
        assertEquals(200, related.status());
        assertNoTrace(related.body(), "related");
        Reply agentRelated = server.get("/api/chunks/" + RunningServer.encode("billing:can-i-get-a-refund")
                + "/related?limit=20", agent());
        assertTrue(ids(agentRelated.body().get("hits")).stream().anyMatch(id -> id.startsWith("agent-notes:")),
                agentRelated.body().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lexical", "semantic", "hybrid"})
    void retrieveQuotesThePublicNoInternalPassage(String mode) throws Exception {
        for (String query : QUERIES) {
            String body = JSON.writeValueAsString(Map.of("query", query, "k", 10, "mode", mode, "minConfidence", 0));
            Reply reply = server.post("/api/retrieve", body);
            assertEquals(200, reply.status());
            assertNoTrace(reply.body(), "retrieve " + mode + " " + query);
        }
        String body = JSON.writeValueAsString(Map.of("query", "escalate a refund to the billing lead", "k", 10,
                "mode", mode, "minConfidence", 0));
        JsonNode passages = server.send("POST", "/api/retrieve", body, agent()).body().get("passages");
        JsonNode internal = first(passages, "agent-notes:when-to-escalate-a-refund");
        assertTrue(internal != null && internal.get("internal").asBoolean(), passages.toString());
    }

    @Test
    void articlePagesOfInternalPagesDoNotExistForThePublic() throws Exception {
        HttpResponse<String> hidden = server.fetch("GET", "/articles/agent-notes");
        HttpResponse<String> unknown = server.fetch("GET", "/articles/agent-notez");
        assertEquals(404, hidden.statusCode());
        assertEquals(unknown.body().replace("agent-notez", "agent-notes"), hidden.body());
        assertEquals(404, server.fetch("GET", "/articles/internal/known-issues").statusCode());

        HttpResponse<String> shown = server.fetch("GET", "/articles/agent-notes", agent());
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("Refund escalation macro"));
        assertTrue(shown.body().contains("internal-note"), "the page says it is internal");
        assertTrue(shown.headers().allValues("Vary").toString().contains("Authorization"));
    }

    @Test
    void theArticleListOfThePublicHoldsNoInternalPage() throws Exception {
        JsonNode everyone = server.get("/api/articles").body();
        JsonNode agents = server.get("/api/articles", agent()).body();
        assertNoTrace(everyone, "the public's article list");
        List<String> publicPages = ids(everyone.get("articles"));
        assertEquals(List.of("billing", "whiteboards"), publicPages);
        assertEquals(publicPages.size(), everyone.get("total").asInt(), "the total counts public pages only");
        List<String> agentPages = ids(agents.get("articles"));
        assertTrue(agentPages.containsAll(List.of("agent-notes", "internal/known-issues")), agentPages.toString());
        assertEquals(publicPages.size() + 2, agents.get("total").asInt());
        // Paging past an internal page gives the public the next public one.
        assertEquals(List.of("whiteboards"), ids(server.get("/api/articles?offset=1&limit=1").body().get("articles")));
    }

    @Test
    void aFormerAddressOfAnInternalPageRedirectsAgentsOnly() throws Exception {
        for (String former : List.of("/macros/refund-escalation/", "/articles/macros/refund-escalation")) {
            HttpResponse<String> everyone = server.fetch("GET", former);
            assertEquals(404, everyone.statusCode(), former);
            assertTrue(everyone.headers().firstValue("Location").isEmpty(), former);
            assertFalse(everyone.body().contains("agent-notes"), former);
            HttpResponse<String> agents = server.fetch("GET", former, agent());
            assertEquals(301, agents.statusCode(), former);
            assertEquals("/articles/agent-notes", agents.headers().firstValue("Location").orElse(""), former);
        }
    }

    @Test
    void aCachedAgentPageNeverAnswersThePublicNorTheOtherWay() throws Exception {
        String query = "acknowledgement macro priority";
        JsonNode agentFirst = server.get("/api/search?q=" + RunningServer.encode(query) + "&mode=lexical", agent())
                .body();
        assertTrue(agentFirst.get("total").asLong() > 0);
        assertNoTrace(server.search(query, "&mode=lexical").body(), "after the agent's page was cached");

        String other = "zorblatt acknowledgement";
        assertNoTrace(server.search(other, "&mode=hybrid").body(), "public first");
        assertTrue(server.get("/api/search?q=" + RunningServer.encode(other) + "&mode=hybrid", agent()).body()
                .get("total").asLong() > 0, "the agent's own page, not the public's cached one");
    }

    @Test
    void rulesPinNothingThePublicMayNotSee() throws Exception {
        JsonNode featured = server.get("/api/featured").body();
        assertNoTrace(featured, "featured");
        assertEquals(List.of("billing:how-do-i-cancel-my-subscription"), ids(featured.get("hits")));
        assertEquals(List.of("agent-notes:macro-text", "billing:how-do-i-cancel-my-subscription"),
                ids(server.get("/api/featured", agent()).body().get("hits")));

        assertNoTrace(server.search("refund", "&explain=true").body(), "a rule pinning an internal chunk");
        assertEquals("agent-notes:when-to-escalate-a-refund",
                server.get("/api/search?q=refund", agent()).body().get("hits").get(0).get("id").asText());
    }

    @Test
    void feedbackOnAnInternalChunkIsRefusedForThePublic() throws Exception {
        String body = JSON.writeValueAsString(Map.of("query", "refund", "id", "agent-notes:macro-text"));
        Reply refused = server.post("/api/feedback", body);
        assertEquals(400, refused.status());
        assertFalse(refused.body().toString().contains("internal"));
        assertEquals(202, server.send("POST", "/api/feedback", body, agent()).status());
    }

    @Test
    void aBearerTokenThatIsNoAgentsIsRefused() throws Exception {
        Reply refused = server.get("/api/search?q=refund", "Authorization", "Bearer not-an-agent-token");
        assertEquals(401, refused.status());
        assertTrue(refused.body().get("error").asText().contains("not an agent token"));
        HttpResponse<String> page = server.fetch("GET", "/articles/agent-notes", "Authorization", "Bearer nope");
        assertEquals(404, page.statusCode());
    }

    @Test
    @SuppressWarnings("unchecked")
    void mcpToolsAnswerThePublicWithoutInternalPassages() throws Exception {
        try (McpSyncClient publicClient = client(null); McpSyncClient agentClient = client(CurationContent.AGENT_TOKEN)) {
            for (String query : QUERIES) {
                CallToolResult found = publicClient.callTool(new CallToolRequest("search_knowledge_base",
                        Map.of("query", query, "k", 10, "minConfidence", 0)));
                assertNoTrace(JSON.valueToTree(found.structuredContent()), "mcp " + query);
                String said = ((McpSchema.TextContent) found.content().getFirst()).text();
                assertNoTrace(said.startsWith("{") ? JSON.readTree(said) : JSON.valueToTree(said), "mcp text " + query);
            }
            CallToolResult hidden = publicClient.callTool(new CallToolRequest("get_passage",
                    Map.of("id", "agent-notes:macro-text")));
            assertTrue(Boolean.TRUE.equals(hidden.isError()));

            CallToolResult found = agentClient.callTool(new CallToolRequest("search_knowledge_base",
                    Map.of("query", "escalate a refund to the billing lead", "k", 10, "minConfidence", 0)));
            List<Map<String, Object>> passages =
                    (List<Map<String, Object>>) ((Map<String, Object>) found.structuredContent()).get("passages");
            assertTrue(passages.stream().anyMatch(p -> "agent-notes:when-to-escalate-a-refund".equals(p.get("id"))
                    && Boolean.TRUE.equals(p.get("internal"))), passages.toString());
            CallToolResult shown = agentClient.callTool(new CallToolRequest("get_passage",
                    Map.of("id", "agent-notes:macro-text")));
            assertFalse(Boolean.TRUE.equals(shown.isError()), shown.toString());
        }
    }

    private static McpSyncClient client(String token) {
        var transport = HttpClientStreamableHttpTransport.builder(server.baseUrl()).endpoint("/mcp")
                .httpRequestCustomizer((request, method, uri, body, context) -> {
                    if (token != null) {
                        request.header("Authorization", "Bearer " + token);
                    }
                })
                .build();
        McpSyncClient client = McpClient.sync(transport)
                .clientInfo(new McpSchema.Implementation("faq-index-test", "1.0"))
                .requestTimeout(Duration.ofSeconds(20))
                .build();
        client.initialize();
        return client;
    }

    /**
     * Fails when {@code body} holds any word, id or key that only the internal pages have, besides the query it
     * echoes.
     */
    static void assertNoTrace(JsonNode body, String what) {
        JsonNode answer = body.deepCopy();
        if (answer instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.remove("query");
        }
        String text = answer.toString().toLowerCase(Locale.ROOT);
        for (String trace : TRACES) {
            int at = text.indexOf(trace.toLowerCase(Locale.ROOT));
            assertFalse(at >= 0, () -> what + " shows '" + trace + "' in ..."
                    + text.substring(Math.max(0, at - 150), Math.min(text.length(), at + 150)) + "...");
        }
    }

    private static List<String> ids(JsonNode hits) {
        List<String> ids = new ArrayList<>();
        hits.forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    private static JsonNode first(JsonNode hits, String id) {
        for (JsonNode hit : hits) {
            if (id.equals(hit.get("id").asText())) {
                return hit;
            }
        }
        return null;
    }

    @Test
    void theTokenIsNotEchoed() throws Exception {
        Reply reply = server.get("/api/search?q=refund", "Authorization", "Bearer wrong-token-secret-value");
        assertNotEquals(200, reply.status());
        assertFalse(reply.body().toString().contains("wrong-token-secret-value"));
    }
}
