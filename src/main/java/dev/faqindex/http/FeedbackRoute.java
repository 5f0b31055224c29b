package dev.faqindex.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.analytics.AnalyticsEvent;
import dev.faqindex.analytics.SearchAnalytics;
import dev.faqindex.search.SearchService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/feedback}: a reader opened a hit, or said whether it answered the question. Reads
 * {@code {query, id, position?, kind?}} ({@code kind} is {@code click}, the default, {@code helpful} or
 * {@code unhelpful}) whatever the content type, so a page can send it with {@code navigator.sendBeacon}. The id must
 * name a chunk in the index. Answers {@code 202} once recorded (or {@code 204} when analytics are off).
 */
final class FeedbackRoute {

    private static final Set<String> FIELDS = Set.of("query", "id", "position", "kind");
    /** Longest chunk id accepted. */
    private static final int MAX_ID_LENGTH = 500;
    /** Deepest result position accepted: the offset limit plus the largest page. */
    private static final int MAX_POSITION = 10_050;

    private final SearchAnalytics analytics;
    private final SearchService search;
    private final int maxQueryLength;

    FeedbackRoute(SearchAnalytics analytics, SearchService search, int maxQueryLength) {
        this.analytics = analytics;
        this.search = search;
        this.maxQueryLength = maxQueryLength;
    }

    void handle(Context ctx) throws IOException {
        JsonNode body = JsonBody.object(ctx.body(), FIELDS, "query and id fields");
        String query = JsonBody.requiredText(body, "query", maxQueryLength);
        String id = JsonBody.requiredText(body, "id", MAX_ID_LENGTH);
        int position = JsonBody.integer(body, "position", 0, 1, MAX_POSITION);
        AnalyticsEvent.Kind kind = JsonBody.optionalText(body, "kind", "kind").map(FeedbackRoute::kind)
                .orElse(AnalyticsEvent.Kind.click);
        if (search.chunk(id).isEmpty()) {
            throw new BadRequestException("id must name a chunk in the index; there is none with id '"
                    + RequestParams.abbreviate(id) + "'");
        }
        if (!analytics.enabled()) {
            ctx.status(HttpStatus.NO_CONTENT);
            return;
        }
        analytics.recordFeedback(kind, query, id, position == 0 ? null : position);
        ctx.status(HttpStatus.ACCEPTED).json(Map.of("status", "recorded", "kind", kind.name()));
    }

    private static AnalyticsEvent.Kind kind(String value) {
        return Optional.of(value)
                .filter(v -> Set.of("click", "helpful", "unhelpful").contains(v))
                .map(AnalyticsEvent.Kind::valueOf)
                .orElseThrow(() -> new BadRequestException("kind must be click, helpful or unhelpful, got '"
                        + RequestParams.abbreviate(value) + "'"));
    }
}
