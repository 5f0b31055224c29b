package dev.faqindex.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading a JSON body's fields: absent and null alike, wrong types refused naming the field (nested ones by path). */
class JsonFieldsTest {

    private static String refusal(Runnable read) {
        return assertThrows(BadRequestException.class, read::run).getMessage();
    }

    @Test
    void absentAndNullFieldsAreAbsent() {
        JsonFields fields = JsonFields.parse("{\"a\": null}", "fields");
        assertEquals(Optional.empty(), fields.text("a"));
        assertEquals(Optional.empty(), fields.integer("b"));
        assertEquals(List.of(), fields.texts("a"));
        assertEquals(7, fields.integer("a", 7, 1, 5), "a fallback is not range-checked");
    }

    @Test
    void wholeNumbersMayCarryAZeroFraction() {
        JsonFields fields = JsonFields.parse("{\"k\": 3.0, \"half\": 2.5, \"huge\": 99999999999, \"word\": \"3\"}", "k");
        assertEquals(Optional.of(3), fields.integer("k"));
        assertTrue(refusal(() -> fields.integer("half")).startsWith("half must be an integer"));
        assertTrue(refusal(() -> fields.integer("huge")).startsWith("huge must be an integer"));
        assertTrue(refusal(() -> fields.integer("word")).startsWith("word must be an integer"));
    }

    @Test
    void nestedFieldsAreNamedByTheirPath() {
        JsonFields body = JsonFields.parse("{\"filters\": {\"type\": \" \", \"tags\": [\"a\", 1], \"x\": 1}}", "filters");
        JsonFields filters = body.object("filters", "type or tags");
        assertEquals("filters.type must be a non-empty string", refusal(() -> filters.text("type")));
        assertEquals("filters.tags must be an array of strings", refusal(() -> filters.texts("tags")));
        assertTrue(refusal(() -> filters.only(Set.of("type", "tags"))).startsWith("unknown field filters.x"));
        assertTrue(refusal(() -> JsonFields.parse("{\"filters\": []}", "filters").object("filters", "type or tags"))
                .startsWith("filters must be an object"));
    }

    @Test
    void choicesAndLengthsNameTheFieldAndTheValue() {
        JsonFields fields = JsonFields.parse("{\"mode\": \"vector\", \"query\": \"abcdef\"}", "mode");
        assertEquals("mode must be lexical, semantic or hybrid, got 'vector'", refusal(() -> fields.choice("mode",
                dev.faqindex.search.SearchMode::fromLabel, "lexical, semantic or hybrid")));
        assertEquals("query must be at most 5 characters, got 6", refusal(() -> fields.required("query", 5)));
        assertEquals("id is required and must not be empty", refusal(() -> fields.required("id", 5)));
    }

    @Test
    void aBodyMustBeAJsonObject() {
        assertTrue(refusal(() -> JsonFields.parse("{not json", "a query field")).startsWith("body must be a JSON object"));
        assertEquals("body must be a JSON object with a query field", refusal(() -> JsonFields.parse("[1]", "a query field")));
    }
}
