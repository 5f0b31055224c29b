package dev.faqindex.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.content.ChunkType;
import dev.faqindex.search.PassageRetriever;
import dev.faqindex.search.RetrieveRequest;
import dev.faqindex.search.RetrieveResult;
import dev.faqindex.search.SearchObserver;
import dev.faqindex.search.SearchMode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/retrieve}: reads {@code {query, k?, maxTokens?, filters?: {type?, article?, tags?}, mode?}},
 * rejecting malformed JSON and bad fields with a {@link BadRequestException} naming the field, and answers the
 * {@link PassageRetriever}'s passages.
 */
final class RetrieveRoute {

    private static final Set<String> FIELDS = Set.of("query", "k", "maxTokens", "filters", "mode");
    private static final Set<String> FILTERS = Set.of("type", "article", "tags");

    private final PassageRetriever retriever;
    private final int maxQueryLength;
    private final SearchObserver observer;

    RetrieveRoute(PassageRetriever retriever, int maxQueryLength, SearchObserver observer) {
        this.retriever = retriever;
        this.maxQueryLength = maxQueryLength;
        this.observer = observer;
    }

    void handle(Context ctx) throws IOException {
        RetrieveRequest request = parse(ctx.body(), maxQueryLength);
        RetrieveResult result = retriever.retrieve(request);
        observer.searched("retrieve", request.query(), result.passages().size(), result.mode(), Optional.empty());
        ctx.json(result);
    }

    static RetrieveRequest parse(String body, int maxQueryLength) {
        JsonNode root = JsonBody.object(body, FIELDS, "a query field");
        String query = JsonBody.requiredText(root, "query", maxQueryLength);
        int k = JsonBody.integer(root, "k", RetrieveRequest.DEFAULT_K, 1, RetrieveRequest.MAX_K);
        int maxTokens = JsonBody.integer(root, "maxTokens", RetrieveRequest.DEFAULT_MAX_TOKENS, RetrieveRequest.MIN_TOKENS,
                RetrieveRequest.MAX_TOKENS);
        Optional<SearchMode> mode = JsonBody.optionalText(root, "mode", "mode").map(value -> {
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
            JsonBody.rejectUnknown(filters, FILTERS, "filters.");
            type = JsonBody.optionalText(filters, "type", "filters.type").map(value -> {
                try {
                    return ChunkType.fromLabel(value);
                } catch (IllegalArgumentException e) {
                    throw new BadRequestException("filters.type must be faq or section, got '"
                            + RequestParams.abbreviate(value) + "'");
                }
            });
            article = JsonBody.optionalText(filters, "article", "filters.article");
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
        return new RetrieveRequest(query, k, maxTokens, type, article, tags, mode);
    }
}
