package dev.faqindex.web;

import dev.faqindex.content.Chunk;
import dev.faqindex.search.ArticleReader;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;

/**
 * The website routes beside the JSON API: the search page at {@code /}, its assets, {@code /widget.js},
 * server-rendered {@code /articles/<slug>} pages with a friendly 404, and the CORS allow-list on {@code /api/*}.
 */
public final class Website {

    private final ArticleReader articles;
    private final CorsPolicy cors;
    private final StaticAssets assets = new StaticAssets();

    /**
     * @param articles reads articles for the article pages
     * @param allowedOrigins origins whose pages may call the API (the widget); empty for same-origin only
     */
    public Website(ArticleReader articles, List<String> allowedOrigins) {
        this.articles = articles;
        this.cors = new CorsPolicy(allowedOrigins);
    }

    /** Adds the website's routes and the API's CORS handling. */
    public void register(RoutesConfig routes) {
        routes.before("/api/*", cors::apply);
        routes.options("/api/*", cors::preflight);
        routes.get("/", ctx -> assets.serve("index.html", ctx));
        routes.get("/widget.js", ctx -> {
            assets.serve("widget.js", ctx);
            ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
        });
        routes.get("/assets/{file}", this::asset);
        routes.get("/articles/{slug}", this::article);
    }

    private void asset(Context ctx) {
        if (!assets.serve("assets/" + ctx.pathParam("file"), ctx)) {
            notFound(ctx);
        }
    }

    private void article(Context ctx) throws IOException {
        List<Chunk> chunks = articles.chunks(ctx.pathParam("slug"));
        if (chunks.isEmpty()) {
            notFound(ctx);
            return;
        }
        SecurityHeaders.page(ctx);
        ctx.html(ArticlePage.render(chunks));
    }

    private static void notFound(Context ctx) {
        SecurityHeaders.page(ctx);
        ctx.status(HttpStatus.NOT_FOUND).html(NotFoundPage.render(ctx.path()));
    }
}
