package dev.faqindex.bench.orama;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faqindex.bench.FieldWeights;
import dev.faqindex.content.Chunk;
import dev.faqindex.content.ChunkType;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How chunks, field weights and queries become the Orama peer's requests, and how its answers are read. */
class OramaProtocolTest {

    static Chunk chunk(String anchor, String title, String body) {
        return new Chunk("garden:" + anchor, ChunkType.SECTION, "garden", "Garden Notes", title,
                List.of("Garden Notes", "Care", title), anchor, "/articles/garden#" + anchor, body, List.of(), 0);
    }

    @Test
    void createCarriesTheFieldWeightsOfThePeersAndTheVectorLength() {
        ObjectNode articles = OramaProtocol.create(FieldWeights.ARTICLES, 384);
        assertEquals("create", articles.path("op").asText());
        assertEquals(384, articles.path("dimension").asInt());
        assertEquals(3.0, articles.path("boost").path("title").asDouble());
        assertEquals(2.0, articles.path("boost").path("headings").asDouble());
        assertEquals(1.0, articles.path("boost").path("body").asDouble());
        ObjectNode faq = OramaProtocol.create(FieldWeights.QUESTION_ANSWER, 0);
        assertEquals(0.0, faq.path("boost").path("headings").asDouble(), "StackFAQ weights no breadcrumb");
        assertEquals(0, faq.path("dimension").asInt());
    }

    @Test
    void documentsHaveTheEnclosingHeadingsWithoutTheChunksOwnTitle() {
        ObjectNode insert = OramaProtocol.insert(List.of(chunk("watering", "Watering tomatoes", "Soak twice a week.")),
                List.of(new float[] {0.5f, -0.25f}));
        JsonNode doc = insert.path("docs").get(0);
        assertEquals("garden:watering", doc.path("id").asText());
        assertEquals("Watering tomatoes", doc.path("title").asText());
        assertEquals("Garden Notes > Care", doc.path("headings").asText());
        assertEquals("Soak twice a week.", doc.path("body").asText());
        assertEquals(2, doc.path("embedding").size());
        assertEquals(-0.25, doc.path("embedding").get(1).asDouble());
        JsonNode withoutVectors = OramaProtocol.insert(List.of(chunk("a", "A", "b")), List.of()).path("docs").get(0);
        assertTrue(withoutVectors.path("embedding").isMissingNode());
    }

    @Test
    void vectorsMustMatchTheChunks() {
        assertThrows(IllegalArgumentException.class, () -> OramaProtocol.insert(
                List.of(chunk("a", "A", "b"), chunk("c", "C", "d")), List.of(new float[] {1f})));
    }

    @Test
    void vectorModesNeedTheQueryVectorAndFullTextSendsNone() {
        assertThrows(IllegalArgumentException.class, () -> OramaProtocol.search(OramaMode.HYBRID, "roses", null, 10));
        ObjectNode fulltext = OramaProtocol.search(OramaMode.FULLTEXT, "roses", new float[] {1f}, 10);
        assertFalse(fulltext.has("vector"));
        assertEquals("fulltext", fulltext.path("mode").asText());
        ObjectNode vector = OramaProtocol.search(OramaMode.VECTOR, "roses", new float[] {1f, 0f}, 5);
        assertEquals(2, vector.path("vector").size());
        assertEquals(5, vector.path("limit").asInt());
        ObjectNode measure = OramaProtocol.measure(OramaMode.HYBRID, List.of("a b", "c"),
                List.of(new float[] {1f}, new float[] {2f}), 100, 200);
        assertEquals(2, measure.path("queries").size());
        assertEquals(2.0, measure.path("queries").get(1).path("vector").get(0).asDouble());
        assertEquals(200, measure.path("measureMs").asLong());
    }

    @Test
    void answersAreReadAndErrorsReported() throws IOException {
        JsonNode answer = OramaProtocol.JSON.readTree(
                "{\"ok\":true,\"hits\":[{\"id\":\"x\"},{\"id\":\"y\"}],\"micros\":[1.5,2.5]}");
        assertSame(answer, OramaProtocol.checked(answer, OramaProtocol.stats()));
        assertEquals(List.of("x", "y"), OramaProtocol.hitIds(answer));
        assertArrayEquals(new double[] {1.5, 2.5}, OramaProtocol.micros(answer));
        JsonNode failed = OramaProtocol.JSON.readTree("{\"ok\":false,\"error\":\"no database\"}");
        IOException error = assertThrows(IOException.class, () -> OramaProtocol.checked(failed, OramaProtocol.stats()));
        assertEquals("Orama stats failed: no database", error.getMessage());
    }

    @Test
    void modesAreParsedByTheirProtocolNames() {
        assertEquals(List.of(OramaMode.FULLTEXT, OramaMode.HYBRID), OramaMode.parseList("fulltext, hybrid"));
        assertThrows(IllegalArgumentException.class, () -> OramaMode.parse("semantic"));
        assertTrue(OramaMode.VECTOR.needsVectors());
        assertFalse(OramaMode.FULLTEXT.needsVectors());
    }
}
