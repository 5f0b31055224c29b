package dev.faqindex.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.content.ChunkType;
import dev.faqindex.search.PassageRetriever;
import dev.faqindex.search.RetrieveRequest;
import dev.faqindex.search.SearchMode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/retrieve}: reads {@code {query, k?, maxTokens?, filters?: {type?, article?, tags?}, mode?}},
 * rejecting malformed JSON and bad fields with a {@link BadRequestException} naming the field, and answers the
 * {@link PassageRetriever}'s passages.
 */
final class RetrieveRoute {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("query", "k", "maxTokens", "filters", "mode");
    private static final Set<String> FILTERS = Set.of("type", "article", "tags");

    private final PassageRetriever retriever;
    private final int maxQueryLength;

    RetrieveRoute(PassageRetriever retriever, int maxQueryLength) {
        this.retriever = retriever;
        this.maxQueryLength = maxQueryLength;
    }

    void handle(Context ctx) throws IOException {
        ctx.json(retriever.retrieve(parse(ctx.body(), maxQueryLength)));
    }

    static RetrieveRequest parse(String body, int maxQueryLength) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("body must be a JSON object: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadRequestException("body must be a JSON object with a query field");
        }
        rejectUnknown(root, FIELDS, "");
        JsonNode query = root.get("query");
        if (query == null || !query.isTextual() || query.asText().isBlank()) {
            throw new BadRequestException("query is required and must be a non-empty string");
        }
        if (query.asText().length() > maxQueryLength) {
            throw new BadRequestException("query must be at most " + maxQueryLength + " characters");
        }
        int k = integer(root, "k", RetrieveRequest.DEFAULT_K, 1, RetrieveRequest.MAX_K);
        int maxTokens = integer(root, "maxTokens", RetrieveRequest.DEFAULT_MAX_TOKENS, RetrieveRequest.MIN_TOKENS,
                RetrieveRequest.MAX_TOKENS);
        Optional<SearchMode> mode = optionalText(root, "mode", "mode").map(value -> {
            try {
                return SearchMode.fromLabel(value);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(e.getMessage());
            }
        });
        JsonNode filters = root.get("filters");
        Optional<ChunkType> type = Optional.empty();
        Optional<String> article = Optional.empty();
        List<String> tags = new ArrayList<>();
        if (filters != null && !filters.isNull()) {
            if (!filters.isObject()) {
                throw new BadRequestException("filters must be an object with type, article or tags");
            }
            rejectUnknown(filters, FILTERS, "filters.");
            type = optionalText(filters, "type", "filters.type").map(value -> {
                try {
                    return ChunkType.fromLabel(value);
                } catch (IllegalArgumentException e) {
                    throw new BadRequestException("filters.type must be faq or section, got '"
                            + RequestParams.abbreviate(value) + "'");
                }
            });
            article = optionalText(filters, "article", "filters.article");
            JsonNode tagList = filters.get("tags");
            if (tagList != null && !tagList.isNull()) {
                if (!tagList.isArray()) {
                    throw new BadRequestException("filters.tags must be an array of strings");
                }
                for (JsonNode tag : tagList) {
                    if (!tag.isTextual()) {
                        throw new BadRequestException("filters.tags must be an array of strings");
                    }
                    tags.add(tag.asText());
                }
            }
        }
        return new RetrieveRequest(query.asText(), k, maxTokens, type, article, tags, mode);
    }

    private static void rejectUnknown(JsonNode object, Set<String> known, String prefix) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new BadRequestException("unknown field " + prefix + RequestParams.abbreviate(name)
                        + "; expected one of " + known.stream().sorted().toList());
            }
        }
    }

    private static int integer(JsonNode root, String field, int fallback, int min, int max) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            throw new BadRequestException(field + " must be an integer between " + min + " and " + max + ", got "
                    + RequestParams.abbreviate(node.toString()));
        }
        return node.asInt();
    }

    private static Optional<String> optionalText(JsonNode object, String field, String name) {
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
