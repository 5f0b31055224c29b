package dev.faqindex.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON object's fields as {@link RequestFields}: a request body, or the arguments of an MCP tool call. A field
 * that is absent or {@code null} counts as absent; a text must be a non-blank string (read stripped); a whole number
 * may be written {@code 3} or {@code 3.0}, as JSON Schema's {@code integer} allows.
 */
public final class JsonFields extends RequestFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode object;

    private JsonFields(JsonNode object, String prefix) {
        super(prefix);
        this.object = object;
    }

    /** The fields of {@code object} (an object node; anything else has no fields). */
    public static JsonFields of(JsonNode object) {
        return new JsonFields(object, "");
    }

    /**
     * The fields of the body of {@code ctx}, which must be a JSON object sent as {@code application/json} (or a
     * {@code +json} type): JSON under another type is refused with 415, so that a page of another site cannot send
     * it without the CORS preflight a JSON type needs. {@code expected} says what the body should hold.
     *
     * @throws ApiProblem 415 for another content type, 400 for a body that is not a JSON object
     */
    public static JsonFields body(Context ctx, String expected) {
        String type = ctx.contentType();
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json") && !(media.startsWith("application/") && media.endsWith("+json"))) {
            throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "the body must be sent with Content-Type:"
                    + " application/json, got " + (type == null ? "none" : "'" + abbreviate(type) + "'"));
        }
        return parse(ctx.body(), expected);
    }

    /**
     * The fields of a request body, which must be a JSON object; {@code expected} says what it should hold
     * ({@code "a query field"}).
     */
    public static JsonFields parse(String body, String expected) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("body must be a JSON object: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadRequestException("body must be a JSON object with " + expected);
        }
        return of(root);
    }

    /** These fields, refusing any not in {@code known}. */
    public JsonFields only(Set<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new BadRequestException("unknown field " + path(abbreviate(name)) + "; expected one of "
                        + known.stream().sorted().toList());
            }
        }
        return this;
    }

    /** The fields of the nested object {@code name} (none when it is absent); {@code expected} says what it holds. */
    public JsonFields object(String name, String expected) {
        Optional<JsonNode> nested = field(name);
        if (nested.isPresent() && !nested.get().isObject()) {
            throw new BadRequestException(path(name) + " must be an object with " + expected);
        }
        return new JsonFields(nested.orElse(MissingNode.getInstance()), path(name) + ".");
    }

    @Override
    public Optional<String> text(String name) {
        return field(name).map(node -> {
            if (!node.isTextual() || node.asText().isBlank()) {
                throw new BadRequestException(path(name) + " must be a non-empty string");
            }
            return node.asText().strip();
        });
    }

    @Override
    public Optional<Integer> integer(String name) {
        return field(name).map(node -> {
            boolean whole = node.isIntegralNumber() || node.isNumber() && node.asDouble() == Math.rint(node.asDouble());
            if (!whole || !node.canConvertToInt()) {
                throw invalid(name, "an integer", abbreviate(node.toString()));
            }
            return node.asInt();
        });
    }

    @Override
    public Optional<Double> number(String name) {
        return field(name).map(node -> {
            if (!node.isNumber()) {
                throw invalid(name, "a number", abbreviate(node.toString()));
            }
            return node.asDouble();
        });
    }

    @Override
    public Optional<Boolean> flag(String name) {
        return field(name).map(node -> {
            if (!node.isBoolean()) {
                throw invalid(name, "true or false", abbreviate(node.toString()));
            }
            return node.asBoolean();
        });
    }

    @Override
    public List<String> texts(String name) {
        Optional<JsonNode> array = field(name);
        if (array.isEmpty()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array.get()) {
            if (!item.isTextual()) {
                break;
            }
            texts.add(item.asText());
        }
        if (!array.get().isArray() || texts.size() != array.get().size()) {
            throw new BadRequestException(path(name) + " must be an array of strings");
        }
        return texts;
    }

    /** The field's node; empty when absent or null. */
    private Optional<JsonNode> field(String name) {
        JsonNode node = object.get(name);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
    }
}
