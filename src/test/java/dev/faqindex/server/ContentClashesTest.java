package dev.faqindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.config.Setting;
import dev.faqindex.testing.RunningServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content that clashes or links where it must not, served: a JSON FAQ entry whose id is another page's chunk id
 * keeps both (the later one renamed, the clash reported), and a {@code javascript:} or {@code data:} link from content
 * reaches no client, through the API or MCP.
 */
class ContentClashesTest {

    @TempDir
    Path temp;

    @Test
    void aClashingIdKeepsBothChunksAndNoUnsafeLinkIsServed() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        Files.writeString(content.resolve("brewing.md"), """
                # Brewing

                ## Water

                Use water just off the boil for black tea.
                """);
        Files.writeString(content.resolve("zz-faq.json"), """
                [{"id": "brewing:water", "question": "Can I use tap water for tea?",
                  "answer": "Filtered tap water tastes cleaner.", "url": "javascript:alert(document.cookie)"},
                 {"id": "leaves", "question": "How much loose leaf per cup?",
                  "answer": "About a teaspoon of leaves per cup.", "url": "data:text/html,<script>alert(1)</script>"}]
                """);
        try (RunningServer server = RunningServer.start(RunningServer.testConfig(content, temp.resolve("index"))
                .with(Setting.SEMANTIC, false))) {
            JsonNode section = server.get("/api/chunks/brewing:water").body();
            assertTrue(section.path("text").asText().contains("just off the boil"), section.toString());
            JsonNode entry = server.get("/api/chunks/brewing:water-2").body();
            assertEquals("Can I use tap water for tea?", entry.path("title").asText(), entry.toString());

            for (String query : new String[] {"tap water", "teaspoon leaves"}) {
                for (JsonNode hit : server.search(query, "").body().path("hits")) {
                    assertSafe(hit.path("url").asText());
                }
            }
            for (JsonNode passage : server.post("/api/retrieve", "{\"query\": \"tap water tea\"}").body()
                    .path("passages")) {
                assertSafe(passage.path("url").asText());
            }
            try (McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(server.baseUrl())
                    .endpoint("/mcp").build()).requestTimeout(Duration.ofSeconds(20)).build()) {
                client.initialize();
                McpSchema.CallToolResult passage = client.callTool(new McpSchema.CallToolRequest("get_passage",
                        Map.of("id", "leaves")));
                assertSafe((String) ((Map<?, ?>) passage.structuredContent()).get("url"));
            }
        }
    }

    private static void assertSafe(String url) {
        assertFalse(url.toLowerCase().matches("^\\s*(javascript|data|vbscript):.*"), url);
        assertTrue(url.startsWith("/articles/") || url.startsWith("http"), url);
    }
}
