package dev.faqindex.http;

import dev.faqindex.content.ChunkType;
import dev.faqindex.search.RetrieveRequest;
import dev.faqindex.search.SearchMode;

/**
 * Reads a {@link RetrieveRequest} from a request's fields: the one way {@code POST /api/retrieve} and the MCP search
 * tool take a chatbot's question, its budget and its filters.
 */
public final class RetrieveRequests {

    private RetrieveRequests() {
    }

    /**
     * The request in {@code fields} ({@code query}, {@code k}, {@code maxTokens}, {@code mode},
     * {@code minConfidence}), narrowed by the {@code type}, {@code article} and {@code tags} in {@code filters}
     * (which may be {@code fields} itself); {@code minConfidence} defaults to {@code defaultMinConfidence}.
     *
     * @throws BadRequestException naming the first field that is missing or wrong
     */
    public static RetrieveRequest read(RequestFields fields, RequestFields filters, int maxQueryLength,
            double defaultMinConfidence) {
        var query = fields.required("query", maxQueryLength);
        var k = fields.integer("k").orElse(RetrieveRequest.DEFAULT_K);
        var maxTokens = fields.integer("maxTokens").orElse(RetrieveRequest.DEFAULT_MAX_TOKENS);
        var mode = fields.choice("mode", SearchMode::fromLabel, "lexical, semantic or hybrid");
        var type = filters.choice("type", ChunkType::fromLabel, "faq or section");
        var article = filters.text("article");
        var tags = filters.texts("tags");
        var minConfidence = fields.number("minConfidence").orElse(defaultMinConfidence);
        return BadRequestException.unlessInvalid(
                () -> new RetrieveRequest(query, k, maxTokens, type, article, tags, mode, minConfidence));
    }
}
