package dev.faqindex.search;

import dev.faqindex.content.ChunkType;
import java.util.List;
import java.util.Optional;

/**
 * A chatbot's request for passages to quote: its user's question, how many passages and how much text it can take.
 *
 * @param query the question, in the user's words
 * @param k most passages wanted, 1 to {@link #MAX_K}
 * @param maxTokens token budget for all passages together (see {@link TokenEstimate}), {@link #MIN_TOKENS} to
 *     {@link #MAX_TOKENS}
 * @param type only passages of this type, when present
 * @param article only passages of this article (slug), when present
 * @param tags only passages carrying at least one of these tags, when not empty
 * @param mode how to rank; empty for the index's default
 */
public record RetrieveRequest(String query, int k, int maxTokens, Optional<ChunkType> type, Optional<String> article,
        List<String> tags, Optional<SearchMode> mode) {

    public static final int DEFAULT_K = 5;
    public static final int MAX_K = 20;
    public static final int DEFAULT_MAX_TOKENS = 1000;
    public static final int MIN_TOKENS = 20;
    public static final int MAX_TOKENS = 20_000;

    public RetrieveRequest {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("query must not be empty");
        }
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", got " + k);
        }
        if (maxTokens < MIN_TOKENS || maxTokens > MAX_TOKENS) {
            throw new IllegalArgumentException(
                    "maxTokens must be between " + MIN_TOKENS + " and " + MAX_TOKENS + ", got " + maxTokens);
        }
        tags = List.copyOf(tags);
    }

    /** The first {@code k} passages for {@code query}, default budget, no filters, default mode. */
    public static RetrieveRequest of(String query, int k) {
        return new RetrieveRequest(query, k, DEFAULT_MAX_TOKENS, Optional.empty(), Optional.empty(), List.of(),
                Optional.empty());
    }

    /** The type, article and tag filters as one value. */
    public Filters filters() {
        return new Filters(type, article.stream().toList(), tags);
    }
}
