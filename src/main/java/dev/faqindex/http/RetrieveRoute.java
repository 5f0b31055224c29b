package dev.faqindex.http;

import dev.faqindex.search.PassageRetriever;
import dev.faqindex.search.RetrieveRequest;
import dev.faqindex.search.RetrieveResult;
import dev.faqindex.search.SearchObserver;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * The passages resource, {@code POST /api/retrieve}: reads {@code {query, k?, maxTokens?, filters?: {type?,
 * article?, tags?}, mode?, minConfidence?}} ({@link RetrieveRequests}), refusing unknown fields, and answers the
 * {@link PassageRetriever}'s passages.
 */
record RetrieveRoute(PassageRetriever retriever, int maxQueryLength, SearchObserver observer) {

    private static final Set<String> FIELDS = Set.of("query", "k", "maxTokens", "filters", "mode", "minConfidence");
    private static final Set<String> FILTERS = Set.of("type", "article", "tags");

    void handle(Context ctx) throws IOException {
        JsonFields body = JsonFields.body(ctx, "a query field").only(FIELDS);
        JsonFields filters = body.object("filters", "type, article or tags").only(FILTERS);
        RetrieveRequest request = RetrieveRequests.read(body, filters, maxQueryLength,
                retriever.defaultMinConfidence()).forAudience(AgentAccess.of(ctx));
        RetrieveResult result = retriever.retrieve(request);
        observer.searched(new SearchObserver.Searched("retrieve", request.query(), result.passages().size(),
                result.mode(), Optional.empty(), result.answered(), result.firedRules(),
                result.passages().stream().map(passage -> passage.article().id()).distinct().toList(),
                request.audience(), ClientAddress.seen(ctx)));
        ctx.json(result);
    }
}
