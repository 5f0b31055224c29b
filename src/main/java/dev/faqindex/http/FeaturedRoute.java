package dev.faqindex.http;

import dev.faqindex.content.ChunkType;
import dev.faqindex.search.Filters;
import dev.faqindex.search.SearchRequest;
import dev.faqindex.search.SearchResult;
import dev.faqindex.search.SearchService;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/featured?type=&tags=&limit=}: what a search box shows before anything is typed, as the query rules
 * for the empty query pin it ({@code query: ""} in {@code rules.yaml}), for the request's audience and filters. The
 * body is a search result ({@code hits} in the pinned order, {@code total}); without such a rule it has no hits.
 */
record FeaturedRoute(SearchService search) {

    void handle(Context ctx) throws IOException {
        QueryFields fields = new QueryFields(ctx);
        int limit = fields.integer("limit", SearchRequest.DEFAULT_LIMIT, 1, SearchRequest.MAX_LIMIT);
        Optional<ChunkType> type = fields.choice("type", ChunkType::fromLabel, "faq or section");
        List<String> tags = fields.texts("tags");
        SearchResult result = search.featured(new Filters(type, fields.texts("article"), tags, AgentAccess.of(ctx)),
                limit);
        ctx.json(result);
    }
}
