package dev.faqindex.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.RunningServer.Reply;
import dev.faqindex.testing.SharedServer;
import dev.faqindex.testing.SharedServer.Folder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP API over the project's own content, through a real server on a free port. */
class ApiServerTest {

    @SharedServer(Folder.CONTENT)
    static RunningServer server;

    @Test
    void searchReturnsRankedHitsWithEveryField() throws Exception {
        Reply reply = server.search("hamstring stretch", "");
        assertEquals(200, reply.status());
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        JsonNode body = reply.body();
        assertEquals("hamstring stretch", body.get("query").asText());
        assertTrue(body.get("total").asInt() > 0);
        assertTrue(body.has("tookMs"));
        JsonNode hits = body.get("hits");
        assertFalse(hits.isEmpty());
        double previous = Double.MAX_VALUE;
        for (JsonNode hit : hits) {
            for (String field : List.of("id", "type", "title", "breadcrumb", "url", "snippet", "score", "article")) {
                assertTrue(hit.hasNonNull(field), "hit lacks " + field + ": " + hit);
            }
            assertTrue(hit.get("breadcrumb").isArray() && !hit.get("breadcrumb").isEmpty());
            assertTrue(hit.get("url").asText().matches("/articles/[a-z0-9-]+#[a-z0-9-]+"), hit.get("url").asText());
            assertTrue(hit.get("article").hasNonNull("id") && hit.get("article").hasNonNull("title"));
            assertEquals("lower-back-pain-during-exercise.md", hit.get("article").get("path").asText(),
                    "the content file that answered");
            double score = hit.get("score").asDouble();
            assertTrue(score <= previous, "hits must be sorted by score");
            previous = score;
        }
        assertTrue(hits.get(0).get("snippet").asText().contains("<mark>"), hits.get(0).toString());
    }

    @Test
    void snippetsEscapeEverythingButMarks() throws Exception {
        Reply reply = server.search("stretch", "&limit=50");
        for (JsonNode hit : reply.body().get("hits")) {
            String withoutMarks = hit.get("snippet").asText().replace("<mark>", "").replace("</mark>", "");
            assertFalse(withoutMarks.contains("<"), withoutMarks);
        }
    }

    @Test
    void typeFilterKeepsOnlyThatType() throws Exception {
        Reply faq = server.search("back pain", "&type=faq&limit=50");
        assertEquals(200, faq.status());
        assertFalse(faq.body().get("hits").isEmpty());
        faq.body().get("hits").forEach(hit -> assertEquals("faq", hit.get("type").asText()));
        Reply sections = server.search("back pain", "&type=section&limit=50");
        sections.body().get("hits").forEach(hit -> assertEquals("section", hit.get("type").asText()));
        assertEquals(server.search("back pain", "").body().get("total").asInt(),
                faq.body().get("total").asInt() + sections.body().get("total").asInt());
    }

    @Test
    void pagesDoNotOverlapAndFollowTheRanking() throws Exception {
        JsonNode all = server.search("back", "&limit=6").body().get("hits");
        JsonNode first = server.search("back", "&limit=3&offset=0").body().get("hits");
        JsonNode second = server.search("back", "&limit=3&offset=3").body().get("hits");
        for (int i = 0; i < 3; i++) {
            assertEquals(all.get(i).get("id"), first.get(i).get("id"));
            assertEquals(all.get(i + 3).get("id"), second.get(i).get("id"));
        }
    }

    @Test
    void quotedPhraseMustMatchExactlyAndExclusionRemoves() throws Exception {
        JsonNode phrase = server.search("\"glute bridges\"", "&limit=50").body();
        assertTrue(phrase.get("total").asInt() > 0);
        for (JsonNode hit : phrase.get("hits")) {
            String id = hit.get("id").asText();
            String text = server.get("/api/chunks/" + RunningServer.encode(id)).body().get("text").asText();
            assertTrue(text.toLowerCase().contains("glute bridge"), id);
        }
        assertTrue(phrase.get("hits").get(0).get("snippet").asText().contains("<mark>glute bridges</mark>"));
        int withSquats = server.search("glute bridges", "&limit=50").body().get("total").asInt();
        JsonNode without = server.search("glute bridges -squats", "&limit=50").body();
        assertTrue(without.get("total").asInt() < withSquats);
        for (JsonNode hit : without.get("hits")) {
            String id = hit.get("id").asText();
            String text = server.get("/api/chunks/" + RunningServer.encode(id)).body().get("text").asText().toLowerCase();
            assertFalse(text.contains("squat"), id);
        }
    }

    @Test
    void orWidensTheMatch() throws Exception {
        int plank = server.search("plank", "&limit=50").body().get("total").asInt();
        int sciatica = server.search("sciatica", "&limit=50").body().get("total").asInt();
        int either = server.search("plank OR sciatica", "&limit=50").body().get("total").asInt();
        assertTrue(either >= Math.max(plank, sciatica) && either > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=51", "limit=abc", "offset=-1", "offset=x", "type=video"})
    void badParametersAreNamedIn400(String param) throws Exception {
        Reply reply = server.get("/api/search?q=back&" + param);
        assertEquals(400, reply.status());
        String name = param.substring(0, param.indexOf('='));
        assertTrue(reply.body().get("error").asText().startsWith(name), reply.body().toString());
    }

    @Test
    void missingOrOverlongQueryIs400() throws Exception {
        assertEquals(400, server.get("/api/search").status());
        assertTrue(server.get("/api/search?q=%20").body().get("error").asText().contains("q"));
        Reply tooLong = server.search("a".repeat(FaqIndexConfig.defaults().integer(Setting.MAX_QUERY_LENGTH) + 1), "");
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.body().get("error").asText().startsWith("q "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "((( back", "title:pain", "back AND", "OR", "-", "--", "+", "*",
            "?ain", "pain~", "back^10", "[a TO z]", "{}", "\\", "back\\", "/regex.*/", "a:b:c", "NOT",
            "!!!", "\u0000", "\uD83D\uDE00 pain", "тест", "痛み", "<script>alert(1)</script>", "\"\"", "\" \"",
            "the of and", "-back", "pain -pain", "AND OR NOT", "back && pain || knee", "~~~~", "&&"})
    void anyQueryTextIsAnswered(String q) throws Exception {
        Reply reply = server.search(q, "");
        assertEquals(200, reply.status(), q + " -> " + reply.body());
        assertTrue(reply.body().get("hits").isArray());
    }

    @Test
    void healthCountsChunks() throws Exception {
        Reply health = server.get("/api/health");
        assertEquals(200, health.status());
        assertEquals("ok", health.body().get("status").asText());
        assertTrue(health.body().get("chunks").asInt() > 10);
    }

    @Test
    void chunkByIdHasFullTextAndUnknownIs404() throws Exception {
        JsonNode hit = server.search("kettlebell swings", "&mode=lexical").body().get("hits").get(0);
        Reply chunk = server.get("/api/chunks/" + RunningServer.encode(hit.get("id").asText()));
        assertEquals(200, chunk.status());
        assertEquals(hit.get("title"), chunk.body().get("title"));
        assertTrue(chunk.body().get("text").asText().toLowerCase().contains("kettlebell"));
        Reply missing = server.get("/api/chunks/no-such-chunk");
        assertEquals(404, missing.status());
        assertTrue(missing.body().get("error").asText().contains("no-such-chunk"));
    }

    @Test
    void unknownEndpointIsJson404() throws Exception {
        Reply reply = server.get("/api/nothing-here");
        assertEquals(404, reply.status());
        assertTrue(reply.body().has("error"));
    }
}
