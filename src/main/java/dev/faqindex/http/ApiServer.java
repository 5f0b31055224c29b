package dev.faqindex.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.faqindex.auth.AgentTokens;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.index.WatchStatus;
import dev.faqindex.web.Website;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * The HTTP face of faq-index: a Javalin server whose routes ({@link RouteTable}) are thin and delegate to the search
 * layer, behind the {@link ApiGate}, with every error a JSON {@link ErrorBody} ({@link ErrorMapping}). Beside the API
 * it serves the website when given, and servlets such as the MCP endpoint on the same port. Every request is timed
 * into the metrics and the {@link AccessLog}, gets the {@link ExchangeHeaders} and passes the per-client
 * {@link RateLimitFilter}; bodies larger than {@code limits.max-body-bytes} are refused with 413, a known path asked
 * with a method it does not answer with 405 and {@code Allow}.
 */
public final class ApiServer implements AutoCloseable {

    /** Longest request line and headers accepted: room for a query far over the length limit, percent-encoded. */
    static final int MAX_REQUEST_HEAD_BYTES = 64 * 1024;

    /** The JSON mapper of the API's answers, Jetty's own error answers included: java.time values as ISO text. */
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Javalin app;

    /**
     * The API over {@code services}, configured by the {@code http} settings, plus the website when given (search
     * page, article pages, widget, CORS allow-list) and {@code servlets} mounted beside it.
     *
     * @param watch what the content watcher watches, for the admin status; empty when watching is off
     */
    public ApiServer(FaqIndexConfig http, ApiServices services, Supplier<Optional<WatchStatus>> watch,
            Optional<Website> website, List<Consumer<ServletContextHandler>> servlets) {
        this(http, services, watch, website, servlets, List.of());
    }

    /**
     * Like the constructor above, with {@code moreRoutes} (replication's, say) registered behind the same gate as the
     * API's own.
     */
    public ApiServer(FaqIndexConfig http, ApiServices services, Supplier<Optional<WatchStatus>> watch,
            Optional<Website> website, List<Consumer<ServletContextHandler>> servlets,
            List<Consumer<RoutesConfig>> moreRoutes) {
        int maxQueryLength = http.integer(Setting.MAX_QUERY_LENGTH);
        int perMinute = http.integer(Setting.RATE_PER_MINUTE);
        ClientAddress clients = new ClientAddress(http.flag(Setting.TRUST_FORWARDED_FOR));
        Optional<RateLimitFilter> rateLimit = perMinute == 0 ? Optional.empty()
                : Optional.of(new RateLimitFilter(new RateLimiter(perMinute, http.integer(Setting.RATE_BURST),
                        http.integer(Setting.RATE_MAX_CLIENTS)), clients));
        Readiness readiness = new Readiness(services.index(), services.reindexer());
        ApiGate gate = new ApiGate(readiness, new AdminGuard(services.admin()),
                new AgentAccess(new AgentTokens(http.list(Setting.AGENT_TOKENS))), clients);
        RouteTable routes = new RouteTable(
                new SearchRoutes(services.search(), services.popular(), services.observer(),
                        new SearchResultJson(JSON), maxQueryLength),
                new ChunkRoutes(services.search()),
                new ArticleRoutes(services.search()),
                new FeaturedRoute(services.search()),
                new RetrieveRoute(services.retriever(), maxQueryLength, services.observer()),
                new FeedbackRoute(services.analytics(), services.search(), maxQueryLength),
                new ProbeRoutes(services.index(), readiness, services.search(), services.metrics()),
                new AdminRoutes(services.index(), services.reindexer(), services.search(), watch),
                new RuleRoutes(services.search().rules(), services.reindexer().refusal()),
                new AnalyticsRoute(services.analytics(), Clock.systemUTC()),
                new InsightsRoutes(services.insights()));
        AccessLog accessLog = new AccessLog(http.flag(Setting.ACCESS_LOG));
        RequestRecorder recorder = new RequestRecorder(services.metrics(), accessLog, clients);
        long maxBodyBytes = http.integer(Setting.MAX_BODY_BYTES);
        AllowedMethods allowed = new AllowedMethods(Set.of(Website.FORMER_ADDRESSES, "/api/*"));
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(JSON, false));
            config.http.maxRequestSize = maxBodyBytes;
            jetty(config, servlets, recorder, List.of(new ExchangeHeaders(),
                    new BodySizeLimit(maxBodyBytes, Set.of(RequestRecorder.MCP_PATH))), rateLimit);
            website.ifPresent(site -> site.register(config.routes));
            config.routes.before("/api/*", gate::check);
            routes.register(config.routes);
            moreRoutes.forEach(more -> more.accept(config.routes));
            website.ifPresent(site -> site.registerFormerAddresses(config.routes)); // after every other route
            ErrorMapping.register(config.routes, maxBodyBytes, allowed);
            config.routes.after(ExchangeHeaders::declareCharset);
        });
        allowed.readFrom(app.unsafe.internalRouter);
    }

    /**
     * Jetty's side: the servlets beside the API; in front of everything, in this order, the request recorder, the
     * {@code exchange} filters (headers, body size), the rate limit (when on) and {@link HeadAsGet}; room for
     * over-long query strings; and Jetty's own error answers in JSON.
     */
    private static void jetty(JavalinConfig config, List<Consumer<ServletContextHandler>> servlets,
            RequestRecorder recorder, List<Filter> exchange, Optional<RateLimitFilter> rateLimit) {
        servlets.forEach(config.jetty::modifyServletContextHandler);
        config.jetty.modifyServletContextHandler(handler -> {
            EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
            handler.addFilter(new FilterHolder(recorder), "/*", requests);
            exchange.forEach(filter -> handler.addFilter(new FilterHolder(filter), "/*", requests));
            rateLimit.ifPresent(limit -> handler.addFilter(new FilterHolder(limit), "/*", requests));
            handler.addFilter(new FilterHolder(new HeadAsGet(Set.of(RequestRecorder.MCP_PATH))), "/*", requests);
        });
        config.requestLogger.http((ctx, ms) -> {
            Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
            boolean unknownPath = matched != null && matched.path.equals(Website.FORMER_ADDRESSES)
                    && ctx.status() == HttpStatus.NOT_FOUND; // the last-resort route found no old address there
            if (matched != null && !unknownPath) {
                ctx.attribute(RequestRecorder.ENDPOINT, matched.path);
            }
        });
        // Long (even over-long) query strings must reach the routes, which answer them with a JSON 400; past
        // Jetty's default 8 KiB it would drop the connection with no answer a client can read.
        config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_REQUEST_HEAD_BYTES));
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
    }

    /** Starts listening on {@code port} (0 for any free port) and returns the port bound. */
    public int start(int port) {
        app.start(port);
        return app.port();
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
