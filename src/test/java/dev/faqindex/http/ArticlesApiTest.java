package dev.faqindex.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.RunningServer.Reply;
import dev.faqindex.testing.SharedServer;
import dev.faqindex.testing.SharedServer.Folder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/articles}: every indexed page, paged like search, through a real server. */
class ArticlesApiTest {

    @SharedServer(Folder.WEB_FIXTURES)
    static RunningServer server;

    @Test
    void listsEveryIndexedPageWithItsFileUrlAndChunkCount() throws Exception {
        Reply reply = server.get("/api/articles");
        assertEquals(200, reply.status(), reply.body().toString());
        JsonNode body = reply.body();
        assertEquals(2, body.get("total").asInt());
        List<String> paths = new ArrayList<>();
        for (JsonNode article : body.get("articles")) {
            String id = article.get("id").asText();
            assertEquals("/articles/" + id, article.get("url").asText());
            assertTrue(article.get("chunks").asInt() >= 1, article.toString());
            assertTrue(!article.get("title").asText().isBlank(), article.toString());
            paths.add(article.get("path").asText());
        }
        assertEquals(List.of("cast-iron-care.md", "hostile-notes.txt"), paths, "in slug order");
        JsonNode castIron = body.get("articles").get(0);
        assertEquals("Caring for a Cast-Iron Pan", castIron.get("title").asText());
        int chunks = server.search("pan", "&article=cast-iron-care&limit=50").body().get("total").asInt();
        assertTrue(castIron.get("chunks").asInt() >= chunks, "every chunk of the page is counted");
    }

    @Test
    void pagesWithLimitAndOffset() throws Exception {
        JsonNode second = server.get("/api/articles?limit=1&offset=1").body();
        assertEquals(2, second.get("total").asInt());
        assertEquals(1, second.get("articles").size());
        assertEquals("hostile-notes.txt", second.get("articles").get(0).get("path").asText());
        JsonNode beyond = server.get("/api/articles?offset=5").body();
        assertEquals(2, beyond.get("total").asInt());
        assertEquals(0, beyond.get("articles").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=1001", "limit=abc", "offset=-1", "offset=x"})
    void badParametersAreNamedIn400(String param) throws Exception {
        Reply reply = server.get("/api/articles?" + param);
        assertEquals(400, reply.status());
        String name = param.substring(0, param.indexOf('='));
        assertTrue(reply.body().get("error").asText().startsWith(name), reply.body().toString());
    }
}
