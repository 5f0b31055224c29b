package dev.faqindex.http;

import io.javalin.config.RoutesConfig;

/** Every route of the API, by resource: the one place that says which handler answers which method and path. */
record RouteTable(SearchRoutes search, ChunkRoutes chunks, ArticleRoutes articles, FeaturedRoute featured,
        RetrieveRoute passages, FeedbackRoute feedback, ProbeRoutes probes, AdminRoutes admin, RuleRoutes rules,
        AnalyticsRoute analytics, InsightsRoutes insights) {

    void register(RoutesConfig routes) {
        // Searching, as the website and the widget do.
        routes.get("/api/search", search::search);
        routes.get("/api/suggest", search::suggest);
        // The list a search box shows before anything is typed (the query rules for the empty query).
        routes.get("/api/featured", featured::handle);
        // One chunk, and chunks like it.
        routes.get("/api/chunks/{id}", chunks::chunk);
        routes.get("/api/chunks/{id}/related", chunks::related);
        // Every indexed page, for sitemaps, browsing and checking an ingestion.
        routes.get("/api/articles", articles::list);
        // Passages for chatbots (the MCP tools beside the API answer the same).
        routes.post("/api/retrieve", passages::handle);
        // Readers' clicks and verdicts, for the analytics.
        routes.post("/api/feedback", feedback::handle);
        // Probes and metrics.
        routes.get("/api/health", probes::health);
        routes.get("/api/ready", probes::ready);
        routes.get("/metrics", probes::metrics);
        // The operator's endpoints, behind the admin token.
        routes.get("/api/admin/status", admin::status);
        routes.post("/api/admin/reindex", admin::reindex);
        routes.get("/api/admin/analytics", analytics::handle);
        routes.get("/api/admin/rules", rules::read);
        routes.put("/api/admin/rules", rules::write);
        routes.get("/api/admin/insights", insights::report);
        routes.get("/api/admin/insights/{table}", insights::csv);
    }
}
