package dev.faqindex.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.SharedServer;
import dev.faqindex.testing.SharedServer.Folder;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The MCP endpoint, driven by the official SDK's own client over Streamable HTTP. */
class McpEndpointTest {

    @SharedServer(Folder.SEED)
    static RunningServer server;
    static McpSyncClient client;

    @BeforeAll
    static void connect() throws Exception {
        var transport = HttpClientStreamableHttpTransport.builder(server.baseUrl()).endpoint("/mcp").build();
        client = McpClient.sync(transport)
                .clientInfo(new McpSchema.Implementation("faq-index-test", "1.0"))
                .requestTimeout(Duration.ofSeconds(20))
                .build();
        assertEquals("faq-index", client.initialize().serverInfo().name());
    }

    @AfterAll
    static void disconnect() throws Exception {
        client.close();
    }

    @Test
    void listsBothToolsWithSchemas() {
        List<McpSchema.Tool> tools = client.listTools().tools();
        assertEquals(List.of("get_passage", "search_knowledge_base"),
                tools.stream().map(McpSchema.Tool::name).sorted().toList());
        for (McpSchema.Tool tool : tools) {
            assertFalse(tool.description().isBlank());
            assertEquals("object", tool.inputSchema().get("type"));
            assertFalse(((List<?>) tool.inputSchema().get("required")).isEmpty(), tool.name());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchThenGetPassage() {
        CallToolResult found = client.callTool(new CallToolRequest("search_knowledge_base",
                Map.of("query", "how many days off after hurting my back at the gym", "k", 3, "minConfidence", 0)));
        assertFalse(Boolean.TRUE.equals(found.isError()), found.toString());
        List<Map<String, Object>> passages =
                (List<Map<String, Object>>) ((Map<String, Object>) found.structuredContent()).get("passages");
        assertEquals(3, passages.size());
        assertTrue(((String) passages.get(0).get("title")).startsWith("How long should I rest"), passages.toString());
        String text = ((TextContent) found.content().get(0)).text();
        assertTrue(text.contains("How long should I rest"), text);

        String id = (String) passages.get(0).get("id");
        CallToolResult passage = client.callTool(new CallToolRequest("get_passage", Map.of("id", id)));
        assertFalse(Boolean.TRUE.equals(passage.isError()), passage.toString());
        Map<String, Object> structured = (Map<String, Object>) passage.structuredContent();
        assertEquals(id, structured.get("id"));
        assertTrue(((String) structured.get("text")).length() > 50);
        assertEquals("lower-back-pain-during-exercise.txt",
                ((Map<String, Object>) structured.get("article")).get("path"), "the content file it came from");
        assertEquals("lower-back-pain-during-exercise.txt",
                ((Map<String, Object>) passages.get(0).get("article")).get("path"));
        assertTrue(((TextContent) passage.content().get(0)).text().contains(id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersAndTheTokenBudgetNarrowTheSearch() {
        CallToolResult faqs = client.callTool(new CallToolRequest("search_knowledge_base",
                Map.of("query", "stretching for back pain", "k", 10, "type", "faq", "maxTokens", 300)));
        assertFalse(Boolean.TRUE.equals(faqs.isError()), faqs.toString());
        Map<String, Object> body = (Map<String, Object>) faqs.structuredContent();
        List<Map<String, Object>> passages = (List<Map<String, Object>>) body.get("passages");
        assertFalse(passages.isEmpty());
        for (Map<String, Object> passage : passages) {
            assertTrue(((String) passage.get("id")).contains(":"), passage.toString());
            assertTrue(((String) passage.get("url")).contains("#"), passage.toString());
        }
        assertTrue(((Number) body.get("usedTokens")).intValue() <= 300, body.toString());
        CallToolResult none = client.callTool(new CallToolRequest("search_knowledge_base",
                Map.of("query", "stretching for back pain", "article", "no-such-article")));
        assertTrue(((List<?>) ((Map<String, Object>) none.structuredContent()).get("passages")).isEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aQuestionTheKnowledgeBaseCannotAnswerIsSaidPlainly() {
        CallToolResult result = client.callTool(new CallToolRequest("search_knowledge_base",
                Map.of("query", "how do i reset my password")));
        assertFalse(Boolean.TRUE.equals(result.isError()), result.toString());
        Map<String, Object> body = (Map<String, Object>) result.structuredContent();
        assertEquals(Boolean.FALSE, body.get("answered"));
        assertTrue(((List<?>) body.get("passages")).isEmpty());
        String text = ((TextContent) result.content().get(0)).text();
        assertTrue(text.startsWith("The knowledge base has no answer to this question"), text);
    }

    @Test
    void badArgumentsAreToolErrorsNamingTheArgument() {
        for (Map<String, Object> args : List.<Map<String, Object>>of(Map.of("query", "back", "k", 0),
                Map.of("query", "back", "type", "article"), Map.of("query", "back", "tags", "core"),
                Map.of("query", "x".repeat(1001)), Map.of("query", " "), Map.of("query", "back", "minConfidence", 2))) {
            CallToolResult result = client.callTool(new CallToolRequest("search_knowledge_base", args));
            assertTrue(Boolean.TRUE.equals(result.isError()), args.keySet() + " -> " + result);
            String message = ((TextContent) result.content().get(0)).text();
            assertTrue(args.keySet().stream().filter(k -> !k.equals("query") || args.size() == 1)
                    .anyMatch(message::contains), message);
        }
    }

    @Test
    void unknownIdIsAToolError() {
        CallToolResult result = client.callTool(new CallToolRequest("get_passage", Map.of("id", "no-such:passage")));
        assertTrue(result.isError());
        assertTrue(((TextContent) result.content().get(0)).text().contains("no-such:passage"));
    }

    @Test
    void restApiStillAnswersBesideMcp() throws Exception {
        assertEquals(200, server.get("/api/health").status());
    }
}
