package dev.faqindex.search;

import dev.faqindex.content.ChunkType;
import java.util.Optional;

/**
 * One search: the user's text, the page wanted, and an optional restriction to FAQ entries or sections.
 *
 * @param query text as typed in a search box
 * @param limit hits per page, 1 to {@link #MAX_LIMIT}
 * @param offset hits to skip, 0 or more
 * @param type only chunks of this type, when present
 */
public record SearchRequest(String query, int limit, int offset, Optional<ChunkType> type) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;
    public static final int MAX_OFFSET = 10_000;

    public SearchRequest {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("q must not be empty");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ", got " + offset);
        }
        type = type == null ? Optional.empty() : type;
    }

    /** A first page of the default size, any type. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, DEFAULT_LIMIT, 0, Optional.empty());
    }
}
