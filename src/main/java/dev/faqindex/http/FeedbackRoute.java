package dev.faqindex.http;

import dev.faqindex.analytics.AnalyticsEvent;
import dev.faqindex.analytics.SearchAnalytics;
import dev.faqindex.search.Audience;
import dev.faqindex.search.SearchService;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * The feedback resource, {@code POST /api/feedback}: a reader opened a hit, or said whether it answered the
 * question. Reads {@code {query, id, position?, kind?}} ({@code kind} is {@code click}, the default, {@code helpful}
 * or {@code unhelpful}) sent as {@code application/json} (a page sends it with {@code navigator.sendBeacon} and a
 * JSON blob, the widget with a {@code keepalive} fetch). The id must name a chunk in the index. Answers {@code 202} once recorded (or {@code 204} when analytics are off).
 */
record FeedbackRoute(SearchAnalytics analytics, SearchService search, int maxQueryLength) {

    private static final Set<String> FIELDS = Set.of("query", "id", "position", "kind");
    private static final Set<AnalyticsEvent.Kind> KINDS =
            Set.of(AnalyticsEvent.Kind.click, AnalyticsEvent.Kind.helpful, AnalyticsEvent.Kind.unhelpful);
    /** Longest chunk id accepted. */
    private static final int MAX_ID_LENGTH = 500;
    /** Deepest result position accepted: the offset limit plus the largest page. */
    private static final int MAX_POSITION = 10_050;

    void handle(Context ctx) throws IOException {
        JsonFields body = JsonFields.body(ctx, "query and id fields").only(FIELDS);
        String query = body.required("query", maxQueryLength);
        String id = body.required("id", MAX_ID_LENGTH);
        Integer position = body.integer("position", 1, MAX_POSITION).orElse(null);
        AnalyticsEvent.Kind kind = body.choice("kind", FeedbackRoute::kind, "click, helpful or unhelpful")
                .orElse(AnalyticsEvent.Kind.click);
        Audience audience = AgentAccess.of(ctx);
        if (search.chunk(id, audience).isEmpty()) {
            throw new BadRequestException("id must name a chunk in the index; there is none with id '"
                    + RequestFields.abbreviate(id) + "'");
        }
        if (!analytics.enabled()) {
            ctx.status(HttpStatus.NO_CONTENT);
            return;
        }
        analytics.recordFeedback(kind, query, id, position, audience == Audience.AGENT, ClientAddress.seen(ctx));
        ctx.status(HttpStatus.ACCEPTED).json(Map.of("status", "recorded", "kind", kind.name()));
    }

    private static AnalyticsEvent.Kind kind(String value) {
        AnalyticsEvent.Kind kind = AnalyticsEvent.Kind.valueOf(value);
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("not a kind of feedback");
        }
        return kind;
    }
}
