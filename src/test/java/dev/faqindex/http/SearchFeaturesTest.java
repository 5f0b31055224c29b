package dev.faqindex.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.RunningServer.Reply;
import dev.faqindex.testing.SharedServer;
import dev.faqindex.testing.SharedServer.Folder;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Suggest, facets, filters, grouping, related answers, explain and typo tolerance, over HTTP on our content. */
class SearchFeaturesTest {

    @SharedServer(Folder.CONTENT)
    static RunningServer server;

    private static String firstId(String q) throws Exception {
        return server.search(q, "").body().get("hits").get(0).get("id").asText();
    }

    @ParameterizedTest
    @CsvSource({"sciatia, sciatica", "deadlfit, deadlift", "streching, stretching", "hamstrng stretch, hamstring stretch",
        "kettlebel swings, kettlebell swings"})
    void oneMisspelledWordFindsTheSameAnswer(String misspelled, String correct) throws Exception {
        assertEquals(firstId(correct), firstId(misspelled));
    }

    @Test
    void misspellingOffersACorrectedQueryAndCorrectTextDoesNot() throws Exception {
        assertEquals("stretching before a workout",
                server.search("streching before a workout", "").body().get("suggestion").asText());
        assertTrue(server.search("stretching before a workout", "").body().get("suggestion").isNull());
    }

    @Test
    void exactMatchesOutrankFuzzyOnes() throws Exception {
        // "plank" is in the index; fuzzy neighbours such as "plan" must not push its chunks down
        JsonNode hits = server.search("plank", "&limit=3").body().get("hits");
        for (JsonNode hit : hits) {
            String text = server.get("/api/chunks/" + RunningServer.encode(hit.get("id").asText())).body()
                    .get("text").asText().toLowerCase();
            assertTrue(text.contains("plank") || hit.get("title").asText().toLowerCase().contains("plank"), hit.toString());
        }
    }

    @Test
    void synonymsFromTheContentFolderWiden() throws Exception {
        // "lumbar" and "physio" are not how the article says it; the shipped synonym file maps them
        JsonNode lumbar = server.search("lumbar", "").body();
        assertTrue(lumbar.get("total").asInt() > 3, lumbar.toString());
        JsonNode physio = server.search("physio", "&limit=3").body().get("hits");
        boolean professional = false;
        for (JsonNode hit : physio) {
            professional |= hit.get("title").asText().toLowerCase().contains("professional");
        }
        assertTrue(professional, physio.toString());
    }

    @Test
    void suggestCompletesQuestionsAndHeadingsWithTheMatchMarked() throws Exception {
        Reply reply = server.get("/api/suggest?q=stre&limit=5");
        assertEquals(200, reply.status());
        JsonNode suggestions = reply.body().get("suggestions");
        assertFalse(suggestions.isEmpty());
        for (JsonNode s : suggestions) {
            assertTrue(s.get("text").asText().toLowerCase().contains("stre"), s.toString());
            assertTrue(s.get("html").asText().contains("<mark>"), s.toString());
            assertTrue(s.get("url").asText().startsWith("/articles/"));
            assertTrue(Set.of("faq", "section").contains(s.get("type").asText()));
        }
        JsonNode core = server.get("/api/suggest?q=core%20str").body().get("suggestions");
        assertTrue(core.get(0).get("text").asText().toLowerCase().contains("core str"), core.toString());
        assertEquals(0, server.get("/api/suggest?q=").body().get("suggestions").size());
        assertEquals(400, server.get("/api/suggest?q=a&limit=500").status());
    }

    @Test
    void facetsCountTypesArticlesAndTags() throws Exception {
        JsonNode body = server.search("back pain", "").body();
        JsonNode facets = body.get("facets");
        int faq = facets.get("type").path("faq").asInt();
        int section = facets.get("type").path("section").asInt();
        assertTrue(faq > 0 && section > 0);
        assertEquals(body.get("total").asInt(), faq + section);
        assertEquals(body.get("total").asInt(), facets.get("article").path("lower-back-pain-during-exercise").asInt());
        assertTrue(facets.get("tags").has("core strength"), facets.toString());
    }

    @Test
    void filtersByTagAndArticle() throws Exception {
        int all = server.search("back pain", "").body().get("total").asInt();
        assertEquals(all, server.search("back pain", "&tags=exercise").body().get("total").asInt());
        assertEquals(0, server.search("back pain", "&tags=no-such-tag").body().get("total").asInt());
        assertEquals(0, server.search("back pain", "&article=another-article").body().get("total").asInt());
        assertEquals(all, server.search("back pain", "&article=another-article,lower-back-pain-during-exercise")
                .body().get("total").asInt());
    }

    @Test
    void groupsByArticleWithStablePages() throws Exception {
        JsonNode body = server.search("exercise", "&group=article").body();
        JsonNode groups = body.get("groups");
        assertEquals(1, groups.size());
        JsonNode group = groups.get(0);
        assertEquals("lower-back-pain-during-exercise", group.get("article").get("id").asText());
        assertEquals(body.get("total").asInt(), group.get("total").asInt());
        assertTrue(group.get("hits").size() <= 3 && !group.get("hits").isEmpty());
        assertEquals(0, server.search("exercise", "&group=article&offset=1").body().get("groups").size());
        assertEquals(400, server.search("exercise", "&group=tags").status());
    }

    @Test
    void aSplitSectionIsOneResultAndTheLastPageOffersNoMore() throws Exception {
        String section = "lower-back-pain-during-exercise:"
                + "factors-that-contribute-to-lower-back-discomfort-during-workouts";
        String query = "factors that contribute to lower back discomfort during workouts";
        JsonNode body = server.search(query, "&limit=50").body();
        Set<String> urls = new HashSet<>();
        int parts = 0;
        for (JsonNode hit : body.get("hits")) {
            assertTrue(urls.add(hit.get("url").asText()), "each section once: " + hit.get("url"));
            parts += hit.get("id").asText().startsWith(section) ? 1 : 0;
        }
        assertEquals(1, parts, "one of the section's three parts");
        assertFalse(body.get("hasMore").asBoolean(), "every result is on this page");
        JsonNode first = server.search(query, "&limit=3").body();
        assertTrue(first.get("hasMore").asBoolean());

        JsonNode related = server.get("/api/chunks/" + RunningServer.encode(section + "-2") + "/related?limit=10")
                .body().get("hits");
        for (JsonNode hit : related) {
            assertFalse(hit.get("id").asText().startsWith(section), "no part of its own section: " + hit.get("id"));
        }
    }

    @Test
    void relatedAnswersAreOtherChunksOnTheSameTopic() throws Exception {
        String id = firstId("Which exercises help most with lower back pain?");
        Reply reply = server.get("/api/chunks/" + RunningServer.encode(id) + "/related?limit=4");
        assertEquals(200, reply.status());
        JsonNode hits = reply.body().get("hits");
        assertEquals(4, hits.size());
        Set<String> ids = new HashSet<>();
        for (JsonNode hit : hits) {
            assertNotEquals(id, hit.get("id").asText());
            ids.add(hit.get("id").asText());
        }
        assertEquals(4, ids.size());
        assertEquals(404, server.get("/api/chunks/nope/related").status());
        assertEquals(400, server.get("/api/chunks/" + RunningServer.encode(id) + "/related?limit=0").status());
    }

    @Test
    void explainSaysWhichFieldsAndWordsMatched() throws Exception {
        JsonNode hit = server.search("glute bridges", "&mode=lexical&explain=true&limit=1").body().get("hits").get(0);
        JsonNode explanation = hit.get("explanation");
        JsonNode matched = explanation.get("matched");
        assertTrue(matched.has("body") || matched.has("title"), explanation.toString());
        String words = matched.toString().toLowerCase();
        assertTrue(words.contains("glute") && words.contains("bridge"), words);
        assertEquals(hit.get("score").asDouble(), explanation.get("score").get("value").asDouble(), 1e-3);
        assertFalse(explanation.get("score").get("details").isEmpty());
        assertFalse(server.search("glute bridges", "").body().get("hits").get(0).has("explanation"));
        assertEquals(400, server.search("glute", "&explain=maybe").status());
    }
}
