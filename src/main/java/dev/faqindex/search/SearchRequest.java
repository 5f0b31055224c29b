package dev.faqindex.search;

import dev.faqindex.content.ChunkType;
import java.util.List;
import java.util.Optional;

/**
 * One search: the user's text, the page wanted, the filters, how to rank and how to present the hits.
 *
 * @param query text as typed in a search box
 * @param limit hits (or groups, when grouping) per page, 1 to {@link #MAX_LIMIT}
 * @param offset hits (or groups) to skip, 0 to {@link #MAX_OFFSET}
 * @param type only chunks of this type, when present
 * @param articles only chunks of these articles (slugs), when not empty
 * @param tags only chunks with at least one of these tags, when not empty
 * @param groupByArticle return hits grouped by article instead of one flat list
 * @param explain attach to every hit how its score was made
 * @param mode how to rank; empty for the index's default (as in {@link RetrieveRequest})
 * @param audience who asks: only an agent is answered from internal chunks too
 */
public record SearchRequest(
        String query,
        int limit,
        int offset,
        Optional<ChunkType> type,
        List<String> articles,
        List<String> tags,
        boolean groupByArticle,
        boolean explain,
        Optional<SearchMode> mode,
        Audience audience) {

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
        articles = articles == null ? List.of() : List.copyOf(articles);
        tags = tags == null ? List.of() : List.copyOf(tags);
        mode = mode == null ? Optional.empty() : mode;
        audience = audience == null ? Audience.PUBLIC : audience;
    }

    /** A search for the public. */
    public SearchRequest(String query, int limit, int offset, Optional<ChunkType> type, List<String> articles,
            List<String> tags, boolean groupByArticle, boolean explain, Optional<SearchMode> mode) {
        this(query, limit, offset, type, articles, tags, groupByArticle, explain, mode, Audience.PUBLIC);
    }

    /** A plain page of hits with no filters, ranked in the index's default mode. */
    public SearchRequest(String query, int limit, int offset, Optional<ChunkType> type) {
        this(query, limit, offset, type, List.of(), List.of(), false, false, Optional.empty());
    }

    /** A first page of the default size, any type, ranked in the index's default mode. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, DEFAULT_LIMIT, 0, Optional.empty());
    }

    /** The same search ranked in {@code mode}. */
    public SearchRequest withMode(SearchMode mode) {
        return new SearchRequest(query, limit, offset, type, articles, tags, groupByArticle, explain,
                Optional.of(mode), audience);
    }

    /** The same search for {@code who}. */
    public SearchRequest forAudience(Audience who) {
        return new SearchRequest(query, limit, offset, type, articles, tags, groupByArticle, explain, mode, who);
    }

    /** The type, article and tag filters and the audience as one value. */
    public Filters filters() {
        return new Filters(type, articles, tags, audience);
    }
}
