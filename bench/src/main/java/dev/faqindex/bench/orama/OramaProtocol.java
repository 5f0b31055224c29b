package dev.faqindex.bench.orama;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faqindex.bench.FieldWeights;
import dev.faqindex.bench.Fts5Baseline;
import dev.faqindex.content.Chunk;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests the Orama peer process takes and what its answers mean: one JSON object per line each way (the
 * protocol is described at the top of {@code bench/orama/orama-peer.mjs}). Pure functions, so the translation of
 * chunks, weights and queries can be tested without Node.
 */
public final class OramaProtocol {

    static final ObjectMapper JSON = new ObjectMapper();

    private OramaProtocol() {
    }

    /** A new database with the three text fields boosted as {@code weights}, and vectors of {@code dimension}. */
    public static ObjectNode create(FieldWeights weights, int dimension) {
        ObjectNode request = JSON.createObjectNode().put("op", "create").put("dimension", dimension);
        request.putObject("boost").put("title", weights.title()).put("headings", weights.breadcrumb())
                .put("body", weights.body());
        return request;
    }

    /**
     * The chunks as Orama documents, as the other peers get them: id, title, the enclosing headings (the breadcrumb
     * without the chunk's own title) and the body; with each chunk's vector when {@code vectors} is not empty.
     */
    public static ObjectNode insert(List<Chunk> chunks, List<float[]> vectors) {
        if (!vectors.isEmpty() && vectors.size() != chunks.size()) {
            throw new IllegalArgumentException(chunks.size() + " chunks but " + vectors.size() + " vectors");
        }
        ObjectNode request = JSON.createObjectNode().put("op", "insert");
        ArrayNode docs = request.putArray("docs");
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            ObjectNode doc = docs.addObject().put("id", chunk.id()).put("title", chunk.title())
                    .put("headings", String.join(" > ", Fts5Baseline.enclosingHeadings(chunk)))
                    .put("body", chunk.body());
            if (!vectors.isEmpty()) {
                vector(doc.putArray("embedding"), vectors.get(i));
            }
        }
        return request;
    }

    /** One result page of {@code limit} for {@code term} in {@code mode}; {@code vector} is null for full-text. */
    public static ObjectNode search(OramaMode mode, String term, float[] vector, int limit) {
        ObjectNode request = JSON.createObjectNode().put("op", "search").put("mode", mode.wire()).put("term", term)
                .put("limit", limit);
        withVector(request, mode, vector);
        return request;
    }

    /** A timed run inside the peer: warm-up, then the queries cycled, every call timed. */
    public static ObjectNode measure(OramaMode mode, List<String> terms, List<float[]> vectors, long warmUpMillis,
            long measureMillis) {
        ObjectNode request = JSON.createObjectNode().put("op", "measure").put("mode", mode.wire())
                .put("warmupMs", warmUpMillis).put("measureMs", measureMillis);
        ArrayNode queries = request.putArray("queries");
        for (int i = 0; i < terms.size(); i++) {
            withVector(queries.addObject().put("term", terms.get(i)), mode, mode.needsVectors() ? vectors.get(i) : null);
        }
        return request;
    }

    /** The process's memory and document count. */
    public static ObjectNode stats() {
        return JSON.createObjectNode().put("op", "stats");
    }

    /** The ids of a search answer's hits, best first. */
    public static List<String> hitIds(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.path("hits").forEach(hit -> ids.add(hit.path("id").asText()));
        return ids;
    }

    /** The per-call times of a measure answer, in microseconds. */
    public static double[] micros(JsonNode answer) {
        JsonNode micros = answer.path("micros");
        double[] values = new double[micros.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = micros.get(i).asDouble();
        }
        return values;
    }

    /** {@code answer} when it says ok; otherwise the peer's error, for {@code request}'s operation. */
    public static JsonNode checked(JsonNode answer, ObjectNode request) throws IOException {
        if (!answer.path("ok").asBoolean(false)) {
            throw new IOException("Orama " + request.path("op").asText() + " failed: "
                    + answer.path("error").asText("no error given"));
        }
        return answer;
    }

    private static void withVector(ObjectNode request, OramaMode mode, float[] vector) {
        if (mode.needsVectors()) {
            if (vector == null) {
                throw new IllegalArgumentException("Orama " + mode.wire() + " search needs the query's vector");
            }
            vector(request.putArray("vector"), vector);
        }
    }

    private static void vector(ArrayNode array, float[] vector) {
        for (float value : vector) {
            array.add(value);
        }
    }
}
