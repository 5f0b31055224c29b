package dev.faqindex.http;

import dev.faqindex.search.ArticleList;
import dev.faqindex.search.SearchService;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * The article resource: {@code GET /api/articles} lists every indexed page ({@code total}, then a page of
 * {@code articles}, each with its id, title, path, url and number of chunks), paged with {@code limit} and
 * {@code offset} as search is. The public's list leaves internal pages out; an agent's holds them.
 */
record ArticleRoutes(SearchService search) {

    /** Articles per page unless asked otherwise. */
    static final int DEFAULT_LIMIT = 100;
    /** The most articles one page holds. */
    static final int MAX_LIMIT = 1000;

    void list(Context ctx) throws IOException {
        QueryFields fields = new QueryFields(ctx);
        int limit = fields.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = fields.integer("offset", 0, 0, Integer.MAX_VALUE);
        ArticleList list = search.articles(offset, limit, AgentAccess.of(ctx));
        ctx.json(list);
    }
}
