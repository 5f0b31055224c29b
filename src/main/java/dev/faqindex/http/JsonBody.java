package dev.faqindex.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of a JSON request body, turning malformed JSON, unknown fields and fields of the wrong type or
 * range into a {@link BadRequestException} that names the field.
 */
final class JsonBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonBody() {
    }

    /** The body as a JSON object with only {@code known} fields. */
    static JsonNode object(String body, Set<String> known, String expected) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("body must be a JSON object: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadRequestException("body must be a JSON object with " + expected);
        }
        rejectUnknown(root, known, "");
        return root;
    }

    /** Rejects any field of {@code object} not in {@code known}; {@code prefix} names the object in messages. */
    static void rejectUnknown(JsonNode object, Set<String> known, String prefix) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new BadRequestException("unknown field " + prefix + RequestParams.abbreviate(name)
                        + "; expected one of " + known.stream().sorted().toList());
            }
        }
    }

    /** A required, non-blank string field of at most {@code maxLength} characters. */
    static String requiredText(JsonNode object, String field, int maxLength) {
        JsonNode node = object.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new BadRequestException(field + " is required and must be a non-empty string");
        }
        if (node.asText().length() > maxLength) {
            throw new BadRequestException(field + " must be at most " + maxLength + " characters");
        }
        return node.asText();
    }

    /** An integer field within {@code [min, max]}, or {@code fallback} when absent or null. */
    static int integer(JsonNode object, String field, int fallback, int min, int max) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            throw new BadRequestException(field + " must be an integer between " + min + " and " + max + ", got "
                    + RequestParams.abbreviate(node.toString()));
        }
        return node.asInt();
    }

    /** A non-blank string field, stripped; empty when absent or null. {@code name} is the field's name in messages. */
    static Optional<String> optionalText(JsonNode object, String field, String name) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new BadRequestException(name + " must be a non-empty string");
        }
        return Optional.of(node.asText().strip());
    }
}
