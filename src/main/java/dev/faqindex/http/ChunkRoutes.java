package dev.faqindex.http;

import dev.faqindex.content.Chunk;
import dev.faqindex.search.SearchHit;
import dev.faqindex.search.SearchRequest;
import dev.faqindex.search.SearchService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;

/**
 * The chunk resource: {@code GET /api/chunks/{id}} (one chunk's full text, as a {@link ChunkView}) and
 * {@code GET /api/chunks/{id}/related} (chunks about the same things).
 */
record ChunkRoutes(SearchService search) {

    void chunk(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        Chunk chunk = search.chunk(id, AgentAccess.of(ctx)).orElseThrow(() -> unknown(id));
        ctx.json(ChunkView.of(chunk));
    }

    void related(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        int limit = new QueryFields(ctx).integer("limit", 5, 1, SearchRequest.MAX_LIMIT);
        List<SearchHit> hits = search.related(id, limit, AgentAccess.of(ctx)).orElseThrow(() -> unknown(id));
        ctx.json(new RelatedResponse(id, hits));
    }

    private static ApiProblem unknown(String id) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "no chunk with id '" + RequestFields.abbreviate(id) + "'");
    }

    /**
     * The body of {@code GET /api/chunks/{id}/related}.
     *
     * @param id the chunk asked about
     * @param hits related chunks, best first
     */
    record RelatedResponse(String id, List<SearchHit> hits) {
    }
}
