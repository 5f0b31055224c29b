package dev.faqindex.web;

import dev.faqindex.auth.AdminAccess;
import dev.faqindex.auth.AgentTokens;
import dev.faqindex.config.Setting;
import dev.faqindex.search.ArticleReader;
import dev.faqindex.search.Audience;
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
    /** The session cookie in which the search page keeps a signed-in agent's token for the article pages. */
    static final String AGENT_COOKIE = "faq-index-agent";

    private final ArticleReader articles;
    private final AgentTokens agents;
    private final List<String> allowedOrigins;
    private final Optional<Path> contentDir;
    private final int chunksPerPage;
    private final CorsPolicy cors;
    private final StaticAssets assets = new StaticAssets();
    private final ContentFiles media;
    private final SiteCopy site;
    private final PageLayout layout;
    private final String searchPage;
    private final Optional<AdminDashboard> dashboard;

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
        this(articles, allowedOrigins, contentDir, site, AgentTokens.NONE, chunksPerPage);
    }

    /**
     * @param articles reads articles for the article pages
     * @param allowedOrigins origins whose pages may call the API (the widget); empty for same-origin only
     * @param contentDir the content folder, whose images and other media the article pages show
     * @param site what the pages say about the site: its name, logo, placeholder, tips and contact link
     * @param agents the agents' tokens: a request for an internal article's page must carry one
     * @param chunksPerPage chunks one article page shows; a longer article comes in parts that link each other
     */
    public Website(ArticleReader articles, List<String> allowedOrigins, Optional<Path> contentDir, SiteCopy site,
            AgentTokens agents, int chunksPerPage) {
        this(articles, allowedOrigins, contentDir, site, agents, chunksPerPage, Optional.empty());
    }

    private Website(ArticleReader articles, List<String> allowedOrigins, Optional<Path> contentDir, SiteCopy site,
            AgentTokens agents, int chunksPerPage, Optional<AdminAccess> admin) {
        this.articles = articles;
        this.agents = agents;
        this.allowedOrigins = List.copyOf(allowedOrigins);
        this.contentDir = contentDir;
        this.site = site;
        this.chunksPerPage = chunksPerPage;
        this.cors = new CorsPolicy(allowedOrigins);
        this.media = new ContentFiles(contentDir);
        this.layout = new PageLayout(site);
        this.searchPage = SearchPage.render(layout);
        this.dashboard = admin.map(access -> new AdminDashboard(access, assets, new AdminPage(site.name())));
    }

    /** The same website with the admin dashboard at {@code /admin}, signing in with {@code admin}. */
    public Website withDashboard(AdminAccess admin) {
        return new Website(articles, allowedOrigins, contentDir, site, agents, chunksPerPage, Optional.of(admin));
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
        dashboard.ifPresent(admin -> admin.register(routes));
    }

    private void searchPage(Context ctx) {
        SecurityHeaders.page(ctx);
        ctx.header("Cache-Control", "no-cache");
        ctx.html(searchPage);
    }

    /**
     * Who a page is rendered for: an agent when the request carries an agent token (as {@code Authorization}, or in
     * the session cookie the search page's agent sign-in sets for article pages), else the public.
     */
    private Audience audience(Context ctx) {
        Optional<Audience> byHeader = agents.check(ctx.header("Authorization")).audience();
        if (byHeader.isPresent() && byHeader.get() == Audience.AGENT) {
            return Audience.AGENT;
        }
        String cookie = ctx.cookie(AGENT_COOKIE);
        return cookie == null || cookie.isEmpty() ? Audience.PUBLIC
                : agents.check("Bearer " + cookie).audience().orElse(Audience.PUBLIC);
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
        ctx.header("Vary", "Authorization, Cookie");
        Optional<String> article = path.startsWith("/api/") ? Optional.empty()
                : articles.formerlyAt(path, audience(ctx));
        if (article.isPresent()) {
            redirectToArticle(ctx, article.get());
        } else {
            ctx.status(HttpStatus.NOT_FOUND);
        }
    }

    /**
     * An article page, or one part of a long one ({@code ?part=N}), rendered for the request's audience: an internal
     * article (or the internal part of one) is rendered only for a request that carries an agent token, which the page
     * script sends when an agent signed in on the search page; to anyone else it does not exist. {@code ?anchor=A}
     * sends the reader to the part holding that anchor (the page's script asks for it when a link's anchor is in
     * another part). A slug that is a former address of an article is redirected to it.
     */
    private void article(Context ctx) throws IOException {
        ctx.header("Vary", "Authorization, Cookie");
        Audience audience = audience(ctx);
        String slug = ctx.pathParam("slug");
        String anchor = ctx.queryParam("anchor");
        if (anchor != null) {
            int part = articles.partWithAnchor(slug, audience, anchor, chunksPerPage).orElse(1);
            String highlight = Optional.ofNullable(ctx.queryParam("q")).map(q -> "&q=" + encode(q)).orElse("");
            ctx.redirect("/articles/" + slug + "?part=" + part + highlight + "#" + encode(anchor),
                    HttpStatus.FOUND);
            return;
        }
        int number = partNumber(ctx.queryParam("part"));
        Optional<ArticleReader.Part> part = articles.part(slug, audience, number, chunksPerPage);
        if (part.isEmpty()) {
            Optional<String> moved = number == 1 ? articles.formerlyAt(slug, audience) : Optional.empty();
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
