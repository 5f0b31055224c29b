package dev.faqindex.web;

import dev.faqindex.config.Setting;
import dev.faqindex.search.ArticleReader;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The website routes beside the JSON API: the search page at {@code /}, its assets, {@code /widget.js},
 * server-rendered {@code /articles/<slug>} pages (slugs may hold {@code /}; a long article in parts of a bounded
 * number of chunks) with a friendly 404, the media articles show from the content folder under {@code /content/},
 * the CORS allow-list on {@code /api/*}, and permanent redirects from an article's former addresses (its aliases, at
 * {@code /articles/<alias>} or at the alias itself).
 */
public final class Website {

    /** The route of last resort, which matches any path: a path no other route answers may be an old address. */
    public static final String FORMER_ADDRESSES = "/<path>";

    private final ArticleReader articles;
    private final int chunksPerPage;
    private final CorsPolicy cors;
    private final StaticAssets assets = new StaticAssets();
    private final ContentFiles media;
    private final PageLayout layout;
    private final String searchPage;

    /**
     * A site in neutral words, without media.
     *
     * @param articles reads articles for the article pages
     * @param allowedOrigins origins whose pages may call the API (the widget); empty for same-origin only
     */
    public Website(ArticleReader articles, List<String> allowedOrigins) {
        this(articles, allowedOrigins, Optional.empty(), SiteCopy.NEUTRAL,
                Integer.parseInt(Setting.ARTICLE_PAGE_CHUNKS.defaultText()));
    }

    /**
     * @param articles reads articles for the article pages
     * @param allowedOrigins origins whose pages may call the API (the widget); empty for same-origin only
     * @param contentDir the content folder, whose images and other media the article pages show
     * @param site what the pages say about the site: its name, logo, placeholder, tips and contact link
     * @param chunksPerPage chunks one article page shows; a longer article comes in parts that link each other
     */
    public Website(ArticleReader articles, List<String> allowedOrigins, Optional<Path> contentDir, SiteCopy site,
            int chunksPerPage) {
        this.articles = articles;
        this.chunksPerPage = chunksPerPage;
        this.cors = new CorsPolicy(allowedOrigins);
        this.media = new ContentFiles(contentDir);
        this.layout = new PageLayout(site);
        this.searchPage = SearchPage.render(layout);
    }

    /** Adds the website's routes and the API's CORS handling. */
    public void register(RoutesConfig routes) {
        routes.before("/api/*", cors::apply);
        routes.options("/api/*", cors::preflight);
        routes.get("/", this::searchPage);
        routes.get("/widget.js", ctx -> {
            assets.serve("widget.js", ctx);
            ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
        });
        routes.get("/assets/{file}", this::asset);
        routes.get("/articles/<slug>", this::article);
        routes.get("/content/<path>", this::media);
    }

    private void searchPage(Context ctx) {
        SecurityHeaders.page(ctx);
        ctx.header("Cache-Control", "no-cache");
        ctx.html(searchPage);
    }

    private void asset(Context ctx) {
        if (!assets.serve("assets/" + ctx.pathParam("file"), ctx)) {
            notFound(ctx);
        }
    }

    private void media(Context ctx) throws IOException {
        if (!media.serve(ctx.pathParam("path"), ctx)) {
            notFound(ctx);
        }
    }

    /**
     * Adds the route of last resort, after every other route: a {@code GET} of a former address of an article (an
     * alias or {@code redirect_from} path such as {@code /old/page/}) is redirected to its page; anything else stays
     * a 404.
     */
    public void registerFormerAddresses(RoutesConfig routes) {
        routes.get(FORMER_ADDRESSES, this::formerAddress);
    }

    private void formerAddress(Context ctx) throws IOException {
        String path = ctx.path();
        Optional<String> article = path.startsWith("/api/") ? Optional.empty() : articles.formerlyAt(path);
        if (article.isPresent()) {
            redirectToArticle(ctx, article.get());
        } else {
            ctx.status(HttpStatus.NOT_FOUND);
        }
    }

    /**
     * An article page, or one part of a long one ({@code ?part=N}); {@code ?anchor=A} sends the reader to the part
     * holding that anchor (the page's script asks for it when a link's anchor is in another part). A slug that is a
     * former address of an article is redirected to it.
     */
    private void article(Context ctx) throws IOException {
        String slug = ctx.pathParam("slug");
        String anchor = ctx.queryParam("anchor");
        if (anchor != null) {
            int part = articles.partWithAnchor(slug, anchor, chunksPerPage).orElse(1);
            String highlight = Optional.ofNullable(ctx.queryParam("q")).map(q -> "&q=" + encode(q)).orElse("");
            ctx.redirect("/articles/" + slug + "?part=" + part + highlight + "#" + encode(anchor),
                    HttpStatus.FOUND);
            return;
        }
        int number = partNumber(ctx.queryParam("part"));
        Optional<ArticleReader.Part> part = articles.part(slug, number, chunksPerPage);
        if (part.isEmpty()) {
            Optional<String> moved = number == 1 ? articles.formerlyAt(slug) : Optional.empty();
            if (moved.isPresent()) {
                redirectToArticle(ctx, moved.get());
            } else {
                notFound(ctx);
            }
            return;
        }
        SecurityHeaders.page(ctx);
        ctx.html(ArticlePage.render(part.get().chunks(), part.get().number(), part.get().count(), layout));
    }

    private static int partNumber(String given) {
        try {
            return given == null ? 1 : Integer.parseInt(given.strip());
        } catch (NumberFormatException e) {
            return 0; // no such part
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A permanent redirect to the article's page, the query string kept. */
    private static void redirectToArticle(Context ctx, String slug) {
        String query = ctx.queryString();
        ctx.redirect("/articles/" + slug + (query == null || query.isEmpty() ? "" : "?" + query),
                HttpStatus.MOVED_PERMANENTLY);
    }

    private void notFound(Context ctx) {
        SecurityHeaders.page(ctx);
        ctx.status(HttpStatus.NOT_FOUND).html(NotFoundPage.render(ctx.path(), layout));
    }
}
