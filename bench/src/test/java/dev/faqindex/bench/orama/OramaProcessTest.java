package dev.faqindex.bench.orama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.bench.FieldWeights;
import dev.faqindex.content.Chunk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real Orama peer in its own Node process (bench/orama, installed with {@code npm ci}, as bench/run.sh does
 * before the tests): loading, the three modes, timing inside Node, and its failures reported, not hung on.
 */
class OramaProcessTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final List<Chunk> GARDEN = List.of(
            OramaProtocolTest.chunk("watering", "Watering tomatoes",
                    "Give tomato plants a deep soak twice a week in dry weather."),
            OramaProtocolTest.chunk("pruning", "Pruning roses",
                    "Cut rose stems just above an outward-facing bud in late winter."),
            OramaProtocolTest.chunk("compost", "Making compost",
                    "Mix green kitchen scraps with brown leaves and turn the heap monthly."));
    private static final List<float[]> VECTORS = List.of(
            new float[] {1f, 0f, 0f}, new float[] {0f, 1f, 0f}, new float[] {0f, 0f, 1f});

    static Path peerDir() {
        Path inModule = Path.of("orama");
        return Files.isRegularFile(inModule.resolve("orama-peer.mjs")) ? inModule : Path.of("bench", "orama");
    }

    private static OramaProcess loaded() throws IOException {
        OramaProcess process = OramaProcess.start(peerDir(), 256);
        process.send(OramaProtocol.create(FieldWeights.ARTICLES, 3), TIMEOUT);
        assertEquals(3, process.send(OramaProtocol.insert(GARDEN, VECTORS), TIMEOUT).path("count").asInt());
        return process;
    }

    @Test
    void fullTextRanksTheStemmedMatchFirstWithASnippet() throws IOException {
        try (OramaProcess process = loaded()) {
            JsonNode answer = process.send(OramaProtocol.search(OramaMode.FULLTEXT, "pruning a rose", null, 10),
                    TIMEOUT);
            assertEquals("garden:pruning", OramaProtocol.hitIds(answer).getFirst());
            JsonNode hit = answer.path("hits").get(0);
            assertEquals("Pruning roses", hit.path("title").asText());
            assertTrue(hit.path("snippet").asText().contains("<mark"), hit.path("snippet").asText());
            assertTrue(answer.path("micros").asDouble() > 0);
        }
    }

    @Test
    void vectorAndHybridUseTheGivenVectors() throws IOException {
        try (OramaProcess process = loaded()) {
            JsonNode vector = process.send(OramaProtocol.search(OramaMode.VECTOR, "anything",
                    new float[] {0.1f, 0.2f, 0.9f}, 10), TIMEOUT);
            assertEquals("garden:compost", OramaProtocol.hitIds(vector).getFirst());
            assertEquals(3, OramaProtocol.hitIds(vector).size(), "no similarity floor: a full page of neighbours");
            JsonNode hybrid = process.send(OramaProtocol.search(OramaMode.HYBRID, "tomato",
                    new float[] {1f, 0f, 0f}, 10), TIMEOUT);
            assertEquals("garden:watering", OramaProtocol.hitIds(hybrid).getFirst());
        }
    }

    @Test
    void measureTimesEveryCallOfAtLeastOnePass() throws IOException {
        try (OramaProcess process = loaded()) {
            JsonNode answer = process.send(OramaProtocol.measure(OramaMode.FULLTEXT,
                    List.of("tomato", "roses", "compost heap"), List.of(), 0, 0), TIMEOUT);
            double[] micros = OramaProtocol.micros(answer);
            assertEquals(3, micros.length);
            for (double call : micros) {
                assertTrue(call > 0);
            }
        }
    }

    @Test
    void errorsAreReportedAndTheProcessKeepsServing() throws IOException {
        try (OramaProcess process = OramaProcess.start(peerDir(), 256)) {
            IOException noDatabase = assertThrows(IOException.class,
                    () -> process.send(OramaProtocol.stats().put("op", "search"), TIMEOUT));
            assertTrue(noDatabase.getMessage().contains("no database"), noDatabase.getMessage());
            process.send(OramaProtocol.create(FieldWeights.ARTICLES, 0), TIMEOUT);
            IOException noVectors = assertThrows(IOException.class, () -> process.send(
                    OramaProtocol.search(OramaMode.VECTOR, "x", new float[] {1f}, 10), TIMEOUT));
            assertTrue(noVectors.getMessage().contains("needs a database created with a dimension"),
                    noVectors.getMessage());
            assertEquals(0, process.send(OramaProtocol.stats(), TIMEOUT).path("documents").asInt());
        }
    }

    @Test
    void aRunOverTheTimeBudgetEndsTheProcessWithAReason() throws IOException {
        try (OramaProcess process = loaded()) {
            OramaUnavailable late = assertThrows(OramaUnavailable.class, () -> process.send(OramaProtocol.measure(
                    OramaMode.FULLTEXT, List.of("tomato"), List.of(), 0, 60_000), Duration.ofMillis(300)));
            assertTrue(late.getMessage().contains("took longer than"), late.getMessage());
            OramaUnavailable gone = assertThrows(OramaUnavailable.class,
                    () -> process.send(OramaProtocol.stats(), TIMEOUT));
            assertTrue(gone.getMessage().contains("ended"), gone.getMessage());
        }
    }

    @Test
    void runningOutOfHeapIsReportedWithNodesMessage() throws IOException {
        try (OramaProcess process = OramaProcess.start(peerDir(), 16)) {
            process.send(OramaProtocol.create(FieldWeights.ARTICLES, 0), TIMEOUT);
            String body = "tomato rose compost leaf ".repeat(40);
            List<Chunk> many = java.util.stream.IntStream.range(0, 2_000)
                    .mapToObj(i -> OramaProtocolTest.chunk("c" + i, "Chunk " + i + " w" + i, body + " word" + i))
                    .toList();
            OramaUnavailable outOfHeap = assertThrows(OramaUnavailable.class, () -> {
                for (int round = 0; round < 50; round++) {
                    List<Chunk> renamed = many.stream().map(c -> c.withId(c.id() + "-" + System.nanoTime())).toList();
                    process.send(OramaProtocol.insert(renamed, List.of()), TIMEOUT);
                }
            });
            assertTrue(outOfHeap.getMessage().contains("ended"), outOfHeap.getMessage());
            assertFalse(outOfHeap.getMessage().isBlank());
        }
    }
}
