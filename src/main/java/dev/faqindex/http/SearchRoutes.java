package dev.faqindex.http;

import dev.faqindex.content.ChunkType;
import dev.faqindex.search.PopularCompletions;
import dev.faqindex.search.SearchMode;
import dev.faqindex.search.SearchObserver;
import dev.faqindex.search.SearchRequest;
import dev.faqindex.search.SearchResult;
import dev.faqindex.search.SearchService;
import dev.faqindex.search.Suggestion;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The search resource: {@code GET /api/search} (a page of ranked hits, its query parameters read into a
 * {@link SearchRequest}) and {@code GET /api/suggest} (completions of a typed prefix: titles, and the searches people
 * really make that found them answers).
 */
record SearchRoutes(SearchService search, PopularCompletions popular, SearchObserver observer,
        SearchResultJson resultJson, int maxQueryLength) {

    /** An anonymous page session id: what the website sends to collapse search-as-you-type in the analytics. */
    private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    /** The only grouping there is. */
    private static final String GROUP_BY_ARTICLE = "article";

    void search(Context ctx) throws IOException {
        QueryFields fields = new QueryFields(ctx);
        String q = fields.required("q", maxQueryLength);
        int limit = fields.integer("limit").orElse(SearchRequest.DEFAULT_LIMIT);
        int offset = fields.integer("offset").orElse(0);
        Optional<ChunkType> type = fields.choice("type", ChunkType::fromLabel, "faq or section");
        boolean grouped = fields.choice("group", SearchRoutes::grouping, "'article' (or absent)").isPresent();
        Optional<SearchMode> mode = fields.choice("mode", SearchMode::fromLabel, "lexical, semantic or hybrid");
        Optional<String> session = fields.choice("session", SearchRoutes::session, "8 to 64 letters, digits, '-' or '_'");
        boolean recorded = fields.flag("analytics").orElse(true) && offset == 0; // a further page is not a new search
        boolean explain = fields.flag("explain").orElse(false);
        SearchRequest request = BadRequestException.unlessInvalid(() -> new SearchRequest(q, limit, offset, type,
                fields.texts("article"), fields.texts("tags"), grouped, explain, mode, AgentAccess.of(ctx)));
        SearchResult result = search.search(request);
        if (recorded) {
            observer.searched(new SearchObserver.Searched("search", q, result.total(), result.mode(), session,
                    result.answer() != null, result.firedRules(), articles(result), request.audience(),
                    ClientAddress.seen(ctx)));
        }
        ctx.contentType(ContentType.APPLICATION_JSON).result(resultJson.render(result));
    }

    /** The articles of a page's hits, best first. */
    private static List<String> articles(SearchResult result) {
        if (result.groups() != null) {
            return result.groups().stream().map(group -> group.article().id()).toList();
        }
        return result.hits().stream().map(hit -> hit.article().id()).distinct().toList();
    }

    void suggest(Context ctx) throws IOException {
        QueryFields fields = new QueryFields(ctx);
        String q = fields.text("q", maxQueryLength).orElse("");
        int limit = fields.integer("limit", 8, 1, 20);
        ctx.json(new SuggestResponse(q, popular.merge(q, search.suggest(q, limit, AgentAccess.of(ctx)), limit)));
    }

    private static String grouping(String value) {
        if (!value.equals(GROUP_BY_ARTICLE)) {
            throw new IllegalArgumentException("no such grouping");
        }
        return value;
    }

    private static String session(String value) {
        if (!SESSION.matcher(value).matches()) {
            throw new IllegalArgumentException("not a session id");
        }
        return value;
    }

    /**
     * The body of {@code GET /api/suggest}.
     *
     * @param query the typed prefix
     * @param suggestions completions, best first
     */
    record SuggestResponse(String query, List<Suggestion> suggestions) {
    }
}
