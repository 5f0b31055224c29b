package dev.faqindex.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.faqindex.analytics.SearchAnalytics;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Limits;
import dev.faqindex.content.Chunk;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.index.Reindexer;
import dev.faqindex.content.ChunkType;
import dev.faqindex.search.SearchHit;
import dev.faqindex.mcp.McpEndpoint;
import dev.faqindex.metrics.ServerMetrics;
import dev.faqindex.search.ModeUnavailableException;
import dev.faqindex.search.PassageRetriever;
import dev.faqindex.search.SearchMode;
import dev.faqindex.search.SearchObserver;
import dev.faqindex.search.SearchRequest;
import dev.faqindex.search.SearchResult;
import dev.faqindex.search.SearchService;
import dev.faqindex.search.Suggestion;
import dev.faqindex.web.Website;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.search.IndexSearcher;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of faq-index: a Javalin server whose routes are thin and delegate to {@link SearchService}.
 * Every error is a JSON {@link ErrorBody}; bad parameters are 400s naming the parameter. Chatbots get
 * {@code POST /api/retrieve} and an MCP endpoint ({@link McpEndpoint}) on the same port. Searches and feedback go to
 * the {@link SearchAnalytics}; every request is timed into the {@link ServerMetrics} ({@code GET /metrics}) and the
 * {@link AccessLog}.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    /** Paths that answer whatever the state of the index and whoever asks: probes must always get through. */
    private static final Set<String> PROBES = Set.of("/api/health", "/api/ready");

    /** Longest request line and headers accepted: room for a query far over the length limit, percent-encoded. */
    static final int MAX_REQUEST_HEAD_BYTES = 64 * 1024;

    /** The JSON mapper of the API's answers, Jetty's own error answers included: java.time values as ISO text. */
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** An anonymous page session id: what the website sends to collapse search-as-you-type in the analytics. */
    private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final SearchService search;
    private final LiveIndex index;
    private final Limits limits;
    private final Javalin app;
    private final McpEndpoint mcp;
    private final ServerMetrics metrics;
    private final SearchObserver observer;
    private final SearchResultJson resultJson;

    /**
     * The API over {@code index}, with the admin endpoints driving {@code reindexer}, plus the website when given
     * (search page, article pages, widget, CORS allow-list); searches are recorded in {@code analytics} and requests
     * measured in {@code metrics}.
     */
    public ApiServer(FaqIndexConfig settings, LiveIndex index, SearchService search, Reindexer reindexer,
            Optional<Website> website, SearchAnalytics analytics, ServerMetrics metrics) {
        this.search = search;
        this.index = index;
        this.limits = settings.limits();
        this.metrics = metrics;
        this.resultJson = new SearchResultJson(JSON, settings.resultCacheSize());
        this.observer = (source, query, hits, mode, session) -> {
            metrics.recordSearch(source, mode, hits);
            analytics.recordSearch(source, query, hits, mode, session);
        };
        PassageRetriever retriever = new PassageRetriever(search);
        RetrieveRoute retrieve = new RetrieveRoute(retriever, limits.maxQueryLength(), observer);
        FeedbackRoute feedback = new FeedbackRoute(analytics, search, limits.maxQueryLength());
        AnalyticsRoute analyticsReport = new AnalyticsRoute(analytics, Clock.systemUTC());
        AdminGuard guard = new AdminGuard(settings.adminToken());
        AdminRoutes admin = new AdminRoutes(index, reindexer, settings.watchContent());
        RateLimiter rateLimiter = new RateLimiter(limits, System::nanoTime);
        ClientAddress clients = new ClientAddress(limits.trustForwardedFor());
        RequestRecorder recorder = new RequestRecorder(metrics, new AccessLog(settings.accessLog()), clients);
        this.mcp = new McpEndpoint(search, retriever, observer, limits.maxQueryLength());
        this.app = Javalin.create(config -> {
            website.ifPresent(site -> site.register(config.routes));
            config.jetty.modifyServletContextHandler(mcp::mount);
            config.jetty.modifyServletContextHandler(handler -> handler.addFilter(new FilterHolder(recorder), "/*",
                    EnumSet.of(DispatcherType.REQUEST)));
            config.requestLogger.http((ctx, ms) -> {
                Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
                if (matched != null) {
                    ctx.attribute(RequestRecorder.ENDPOINT, matched.path);
                }
            });
            // Long (even over-long) query strings must reach the routes, which answer them with a JSON 400; past
            // Jetty's default 8 KiB it would drop the connection with no answer a client can read.
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_REQUEST_HEAD_BYTES));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.routes.before("/api/*", ctx -> {
                if (limits.rateLimited() && !PROBES.contains(ctx.path())) {
                    long wait = rateLimiter.acquire(clients.of(ctx));
                    if (wait > 0) {
                        throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "too many requests from this client; "
                                + "retry after " + wait + " s", Map.of("Retry-After", Long.toString(wait)));
                    }
                }
                if (ctx.path().startsWith("/api/admin/")) {
                    guard.check(ctx);
                } else if (!PROBES.contains(ctx.path()) && !index.ready()) {
                    throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "the index is being built; retry shortly",
                            Map.of("Retry-After", "1"));
                }
            });
            config.routes.get("/api/admin/status", admin::status);
            config.routes.get("/api/admin/analytics", analyticsReport::handle);
            config.routes.post("/api/feedback", feedback::handle);
            config.routes.get("/metrics", this::metrics);
            config.routes.post("/api/admin/reindex", admin::reindex);
            config.routes.get("/api/ready", this::ready);
            config.routes.post("/api/retrieve", retrieve::handle);
            config.routes.exception(ApiProblem.class, (e, ctx) -> {
                e.headers().forEach(ctx::header);
                error(ctx, e.status(), e.getMessage());
            });
            config.routes.exception(ModeUnavailableException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
            config.jsonMapper(new JavalinJackson(JSON, false));
            config.startup.showJavalinBanner = false;
            config.routes.get("/api/search", this::search);
            config.routes.get("/api/health", this::health);
            config.routes.get("/api/chunks/{id}", this::chunk);
            config.routes.get("/api/chunks/{id}/related", this::related);
            config.routes.get("/api/suggest", this::suggest);
            config.routes.exception(BadRequestException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
            config.routes.exception(IndexSearcher.TooManyClauses.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST,
                    "the query is too complex; use fewer words or operators"));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Failed to answer {} {}", ctx.method(), ctx.path(), e);
                error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error; see the server log");
            });
            config.routes.error(404, ctx -> {
                String contentType = ctx.res().getContentType();
                if (contentType == null || !(contentType.contains("json") || contentType.contains("html"))) {
                    error(ctx, HttpStatus.NOT_FOUND, "no such endpoint: " + ctx.method() + " " + ctx.path());
                }
            });
        });
    }

    /** Starts listening on {@code port} (0 for any free port) and returns the port bound. */
    public int start(int port) {
        app.start(port);
        mcp.startInBackground();
        return app.port();
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        try (mcp) {
            app.stop();
        }
    }

    private void search(Context ctx) throws IOException {
        RequestParams params = new RequestParams(ctx);
        String q = params.requiredText("q");
        if (q.length() > limits.maxQueryLength()) {
            throw new BadRequestException("q must be at most " + limits.maxQueryLength() + " characters, got "
                    + q.length());
        }
        int limit = params.integer("limit", SearchRequest.DEFAULT_LIMIT, 1, SearchRequest.MAX_LIMIT);
        int offset = params.integer("offset", 0, 0, SearchRequest.MAX_OFFSET);
        Optional<ChunkType> type = Optional.ofNullable(ctx.queryParam("type"))
                .filter(t -> !t.isBlank())
                .map(ApiServer::chunkType);
        String group = params.text("group", "");
        if (!group.isBlank() && !group.equals("article")) {
            throw new BadRequestException("group must be 'article' (or absent), got '" + RequestParams.abbreviate(group) + "'");
        }
        Optional<SearchMode> mode = Optional.ofNullable(ctx.queryParam("mode"))
                .filter(m -> !m.isBlank())
                .map(ApiServer::searchMode);
        String session = params.text("session", "");
        if (!session.isEmpty() && !SESSION.matcher(session).matches()) {
            throw new BadRequestException("session must be 8 to 64 letters, digits, '-' or '_'");
        }
        boolean recorded = params.flag("analytics", true) && offset == 0; // a further page is not a new search
        SearchResult result = search.search(new SearchRequest(q, limit, offset, type, params.list("article"),
                params.list("tags"), group.equals("article"), params.flag("explain", false), mode));
        if (recorded) {
            observer.searched("search", q, result.total(), result.mode(), Optional.of(session).filter(s -> !s.isEmpty()));
        }
        ctx.contentType(ContentType.APPLICATION_JSON).result(resultJson.render(result));
    }

    private void metrics(Context ctx) throws IOException {
        ctx.contentType(metrics.contentType());
        metrics.write(ctx.outputStream());
    }

    private void suggest(Context ctx) throws IOException {
        RequestParams params = new RequestParams(ctx);
        String q = params.text("q", "");
        if (q.length() > limits.maxQueryLength()) {
            throw new BadRequestException("q must be at most " + limits.maxQueryLength() + " characters, got "
                    + q.length());
        }
        int limit = params.integer("limit", 8, 1, 20);
        ctx.json(new SuggestResponse(q, search.suggest(q, limit)));
    }

    private void related(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        int limit = new RequestParams(ctx).integer("limit", 5, 1, SearchRequest.MAX_LIMIT);
        Optional<List<SearchHit>> hits = search.related(id, limit);
        if (hits.isEmpty()) {
            error(ctx, HttpStatus.NOT_FOUND, "no chunk with id '" + RequestParams.abbreviate(id) + "'");
            return;
        }
        ctx.json(new RelatedResponse(id, hits.get()));
    }

    /**
     * The body of {@code GET /api/suggest}.
     *
     * @param query the typed prefix
     * @param suggestions completions, best first
     */
    record SuggestResponse(String query, List<Suggestion> suggestions) {
    }

    /**
     * The body of {@code GET /api/chunks/{id}/related}.
     *
     * @param id the chunk asked about
     * @param hits related chunks, best first
     */
    record RelatedResponse(String id, List<SearchHit> hits) {
    }

    /** Liveness: the process answers. Says whether the index is loaded, but is 200 either way. */
    private void health(Context ctx) throws IOException {
        ctx.json(Map.of("status", "ok", "ready", index.ready(), "chunks", search.chunkCount()));
    }

    /** Readiness: 200 once a complete index serves, 503 while the first build runs. */
    private void ready(Context ctx) throws IOException {
        if (index.ready()) {
            ctx.json(Map.of("status", "ready", "chunks", search.chunkCount()));
        } else {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                    .json(Map.of("status", "loading", "chunks", 0));
        }
    }

    private void chunk(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        Optional<Chunk> chunk = search.chunk(id);
        if (chunk.isEmpty()) {
            error(ctx, HttpStatus.NOT_FOUND, "no chunk with id '" + RequestParams.abbreviate(id) + "'");
            return;
        }
        ctx.json(ChunkView.of(chunk.get()));
    }

    private static ChunkType chunkType(String value) {
        try {
            return ChunkType.fromLabel(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("type must be faq or section, got '" + RequestParams.abbreviate(value) + "'");
        }
    }

    private static SearchMode searchMode(String value) {
        try {
            return SearchMode.fromLabel(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("mode must be lexical, semantic or hybrid, got '"
                    + RequestParams.abbreviate(value) + "'");
        }
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(new ErrorBody(message));
    }
}
