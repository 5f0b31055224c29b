package dev.faqindex.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.RunningServer.Reply;
import dev.faqindex.testing.SharedServer;
import dev.faqindex.testing.SharedServer.Folder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Search by meaning on the seed article, through the HTTP API: modes, paraphrases, snippets and filters. */
class SemanticSearchTest {

    @SharedServer(Folder.SEED)
    static RunningServer server;

    @ParameterizedTest
    @ValueSource(strings = {"lexical", "semantic", "hybrid", "HYBRID"})
    void everyModeAnswersWithItsName(String mode) throws Exception {
        Reply reply = server.search("stretching after a workout", "&mode=" + mode);
        assertEquals(200, reply.status(), reply.body().toString());
        assertEquals(mode.toLowerCase(), reply.body().get("mode").asText());
        assertFalse(reply.body().get("hits").isEmpty());
        for (String field : List.of("query", "total", "tookMs", "hits")) {
            assertTrue(reply.body().has(field), field);
        }
    }

    @Test
    void totalCountsWhatEachModeMatches() throws Exception {
        String query = "stretching after a workout";
        long lexical = server.search(query, "&mode=lexical").body().get("total").asLong();
        long semantic = server.search(query, "&mode=semantic&limit=50").body().get("total").asLong();
        long hybrid = server.search(query, "&mode=hybrid").body().get("total").asLong();
        JsonNode candidates = server.search(query, "&mode=semantic&limit=50").body();
        int shown = candidates.get("hits").size();
        assertFalse(candidates.get("hasMore").asBoolean(), "semantic mode counts its vector candidates: one page");
        assertTrue(shown > 0 && shown <= semantic, shown + " hits of " + semantic + " candidates, each section once");
        Set<String> sections = new HashSet<>();
        candidates.get("hits").forEach(hit -> sections.add(hit.get("url").asText()));
        assertEquals(shown, sections.size());
        assertTrue(lexical > 0 && hybrid >= lexical, lexical + " lexical, " + hybrid + " hybrid");
        assertEquals(lexical, server.search(query, "&mode=lexical&type=section").body().get("total").asLong()
                + server.search(query, "&mode=lexical&type=faq").body().get("total").asLong(),
                "the filtered totals add up to the unfiltered one");
    }

    @Test
    void defaultModeIsHybrid() throws Exception {
        assertEquals("hybrid", server.search("stretching", "").body().get("mode").asText());
    }

    @Test
    void unknownModeIsA400NamingMode() throws Exception {
        Reply reply = server.search("stretching", "&mode=vector");
        assertEquals(400, reply.status());
        assertTrue(reply.body().get("error").asText().contains("mode"), reply.body().toString());
    }

    /** Questions in a user's words that share no content word with their answer's title. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "how many days off after hurting my back at the gym|How long should I rest",
        "should I loosen up my muscles prior to or following a workout|stretch before or after",
        "does a strong midsection help avoid aches in the lumbar region|Core",
        "errors with barbells that leave my spine sore|mistakes people make;Weightlifting",
        "when is it time to see a doctor about my spine|Seek Professional Help"})
    void paraphrasesFindTheirAnswerInTheTopThree(String question, String expected) throws Exception {
        List<String> alternatives = List.of(expected.split(";"));
        for (String mode : List.of("hybrid", "semantic")) {
            List<String> top = new ArrayList<>();
            for (JsonNode hit : server.search(question, "&limit=3&mode=" + mode).body().get("hits")) {
                top.add(hit.get("breadcrumb").toString());
            }
            assertTrue(top.stream().anyMatch(crumbs -> alternatives.stream().anyMatch(crumbs::contains)),
                    mode + ": " + question + " -> " + top);
        }
    }

    @Test
    void hitsFoundByMeaningAloneStillHaveAnEscapedSnippet() throws Exception {
        Reply reply = server.search("zzzunknownword spine physician", "&mode=semantic&limit=5");
        JsonNode hits = reply.body().get("hits");
        assertEquals(5, hits.size());
        for (JsonNode hit : hits) {
            String snippet = hit.get("snippet").asText();
            assertFalse(snippet.isBlank(), hit.toString());
            assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), snippet);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "!!!", "\"\"", "-back", "the of and"})
    void queriesWithoutWordsToEmbedAreAnsweredInEveryMode(String q) throws Exception {
        for (String mode : List.of("semantic", "hybrid")) {
            Reply reply = server.search(q, "&mode=" + mode);
            assertEquals(200, reply.status(), mode + " " + q + " -> " + reply.body());
            assertTrue(reply.body().get("hits").isArray());
        }
    }

    @Test
    void typeFilterAppliesToTheVectorSearch() throws Exception {
        for (String mode : List.of("semantic", "hybrid")) {
            JsonNode hits = server.search("days off after hurting my back", "&type=faq&limit=20&mode=" + mode)
                    .body().get("hits");
            assertFalse(hits.isEmpty());
            hits.forEach(hit -> assertEquals("faq", hit.get("type").asText(), mode + ": " + hit));
        }
    }

    @Test
    void exclusionsApplyInEveryMode() throws Exception {
        for (String mode : List.of("lexical", "semantic", "hybrid")) {
            JsonNode hits = server.search("exercise for back pain -core", "&limit=50&mode=" + mode).body().get("hits");
            assertFalse(hits.isEmpty());
            for (JsonNode hit : hits) {
                assertFalse(hit.get("title").asText().toLowerCase().contains("core"), mode + ": " + hit);
            }
        }
    }
}
