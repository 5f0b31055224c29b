package dev.faqindex.http;

import dev.faqindex.analytics.SearchAnalytics;
import dev.faqindex.auth.AdminAccess;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.insights.Insights;
import dev.faqindex.index.Reindexer;
import dev.faqindex.metrics.ServerMetrics;
import dev.faqindex.search.PassageRetriever;
import dev.faqindex.search.PopularCompletions;
import dev.faqindex.search.SearchObserver;
import dev.faqindex.search.SearchService;

/**
 * What the API's routes answer from.
 *
 * @param index the serving index (readiness, admin status)
 * @param search searches, chunks, suggestions
 * @param retriever passages for chatbots
 * @param reindexer rebuilds on the admin's request
 * @param analytics where feedback goes and the analytics report comes from
 * @param metrics what {@code /metrics} exposes and every request is timed into
 * @param observer told of every search a client made
 * @param popular the searches people really make, suggested beside titles
 * @param admin who the operator is: the admin token, or the dashboard's session
 * @param insights the support team's report behind the admin dashboard
 */
public record ApiServices(LiveIndex index, SearchService search, PassageRetriever retriever, Reindexer reindexer,
        SearchAnalytics analytics, ServerMetrics metrics, SearchObserver observer, PopularCompletions popular,
        AdminAccess admin, Insights insights) {
}
