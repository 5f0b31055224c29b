package dev.faqindex.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.SharedServer;
import dev.faqindex.testing.SharedServer.Folder;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers over HTTP on the seed article: every hit's calibrated confidence, the quick answer above the results, no
 * answer (and no "did you mean") for what the article does not cover, and nothing at all for gibberish.
 */
class AnswersApiTest {

    @SharedServer(Folder.SEED)
    static RunningServer server;

    @Test
    void aQuestionTheArticleAnswersGetsAQuickAnswerFromTheBestHit() throws Exception {
        JsonNode body = server.search("should i stretch before or after a workout", "").body();
        JsonNode answer = body.get("answer");
        assertFalse(answer.isNull(), body.toString());
        JsonNode best = body.get("hits").get(0);
        assertEquals(best.get("id").asText(), answer.get("id").asText());
        assertEquals(best.get("url").asText(), answer.get("url").asText());
        assertEquals(best.get("confidence").asDouble(), answer.get("confidence").asDouble(), 1e-9);
        assertTrue(answer.get("confidence").asDouble() >= 0.2);
        String text = answer.get("text").asText();
        assertTrue(text.length() > 20 && text.length() <= 400, text);
        assertTrue(answer.get("html").asText().contains("<mark>"), answer.toString());
        assertEquals(text, answer.get("html").asText().replaceAll("</?mark>", "").replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"how do i reset my password", "best chocolate cake recipe", "what is the wifi password",
        "how do i update my billing address"})
    void aQuestionTheArticleDoesNotCoverGetsNoSpellingSuggestion(String question) throws Exception {
        JsonNode body = server.search(question, "").body();
        assertTrue(body.get("suggestion").isNull(), body.get("suggestion").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"how do i reset my password", "what are your opening hours", "how to tie a tie"})
    void aQuestionTheArticleDoesNotCoverGetsNoAnswer(String question) throws Exception {
        JsonNode body = server.search(question, "").body();
        assertTrue(body.get("answer").isNull(), body.get("answer").toString());
        for (JsonNode hit : body.get("hits")) {
            assertTrue(hit.get("confidence").asDouble() < 0.2, hit.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lexical", "semantic", "hybrid"})
    void gibberishFindsNothingInAnyMode(String mode) throws Exception {
        JsonNode body = server.search("xqzvbnm", "&mode=" + mode).body();
        assertEquals(0, body.get("total").asLong(), body.toString());
        assertEquals(0, body.get("hits").size());
        assertTrue(body.get("answer").isNull());
        assertTrue(body.get("suggestion").isNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lexical", "semantic", "hybrid"})
    void everyHitHasAConfidenceBetweenZeroAndOne(String mode) throws Exception {
        JsonNode hits = server.search("how long should i rest after hurting my back", "&mode=" + mode).body()
                .get("hits");
        assertFalse(hits.isEmpty());
        for (JsonNode hit : hits) {
            double confidence = hit.get("confidence").asDouble(-1);
            assertTrue(confidence >= 0 && confidence <= 1, hit.toString());
        }
    }

    @Test
    void explainListsEveryFeatureAndWhatItAdded() throws Exception {
        JsonNode hit = server.search("should i stretch before or after a workout", "&explain=true").body()
                .get("hits").get(0);
        JsonNode ranking = hit.get("explanation").get("ranking");
        double sum = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = ranking.get("features").fields(); it.hasNext(); ) {
            sum += it.next().getValue().get("contribution").asDouble();
        }
        assertEquals(ranking.get("score").asDouble(), sum, 1e-6);
        assertEquals(hit.get("score").asDouble(), ranking.get("score").asDouble(), 1e-3);
        assertEquals(hit.get("confidence").asDouble(), ranking.get("confidence").asDouble(), 1e-9);
        assertTrue(ranking.get("features").has("cos_title"), ranking.toString());
    }

    @Test
    void aHitFoundByMeaningAloneShowsItsAnsweringSentence() throws Exception {
        JsonNode hits = server.search("staying hydrated while training", "&mode=semantic").body().get("hits");
        int byMeaning = 0;
        for (JsonNode hit : hits) {
            String snippet = hit.get("snippet").asText();
            if (snippet.contains("<mark>") || byMeaning > 0) {
                continue; // the first hit found by meaning alone gets its answering sentence
            }
            byMeaning++;
            String body = server.get("/api/chunks/" + RunningServer.encode(hit.get("id").asText())).body()
                    .get("text").asText().replaceAll("\\s+", " ");
            String sentence = snippet.replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"");
            // One or two of its sentences (list markers between them left out), not the whole text.
            assertTrue(sentence.length() <= 400 && sentence.length() <= body.length(), sentence);
            assertTrue(body.contains(sentence.substring(0, Math.min(40, sentence.length()))),
                    sentence + " not from " + body);
        }
        assertTrue(byMeaning > 0, hits.toString());
    }
}
