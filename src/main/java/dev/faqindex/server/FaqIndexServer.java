package dev.faqindex.server;

import dev.faqindex.analytics.PopularSearches;
import dev.faqindex.analytics.RecordedSearch;
import dev.faqindex.analytics.SearchAnalytics;
import dev.faqindex.auth.AdminAccess;
import dev.faqindex.auth.AdminSessions;
import dev.faqindex.auth.AgentTokens;
import dev.faqindex.config.Capability;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.ReplicationRole;
import dev.faqindex.config.Setting;
import dev.faqindex.http.ApiServer;
import dev.faqindex.http.ApiServices;
import dev.faqindex.index.ContentWatcher;
import dev.faqindex.index.IndexRefresh;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.index.ReindexRun;
import dev.faqindex.index.Reindexer;
import dev.faqindex.index.WatchStatus;
import dev.faqindex.insights.Insights;
import dev.faqindex.mcp.McpEndpoint;
import dev.faqindex.metrics.ServerMetrics;
import dev.faqindex.replication.AnalyticsInbox;
import dev.faqindex.replication.ReplicaLink;
import dev.faqindex.replication.ReplicationRoutes;
import dev.faqindex.replication.ReplicationSettings;
import dev.faqindex.replication.RevisionPublisher;
import dev.faqindex.search.ArticleReader;
import dev.faqindex.search.CitationLinks;
import dev.faqindex.search.Audience;
import dev.faqindex.search.PassageRetriever;
import dev.faqindex.search.PopularCompletions;
import dev.faqindex.search.SearchObserver;
import dev.faqindex.search.SearchService;
import dev.faqindex.semantic.MiniLmEmbedder;
import dev.faqindex.semantic.RecentQueryVectors;
import dev.faqindex.semantic.TextEmbedder;
import dev.faqindex.web.SiteCopy;
import dev.faqindex.web.Website;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running faq-index server, wired from one {@link FaqIndexConfig}, each layer handed its part of it: the index opened for serving, HTTP (the API,
 * the website and the MCP endpoint on one port) answering at once (the existing index serves while it is brought up
 * to date in the background), the content folder watched, search analytics and metrics recorded, and everything
 * closed in the right order.
 */
public final class FaqIndexServer implements AutoCloseable {

    /** How long the content folder must be quiet after a change before it is reindexed. */
    public static final Duration QUIET_PERIOD = Duration.ofMillis(300);

    /** How often, at most, the popular searches suggested are worked out again from the analytics. */
    static final Duration POPULAR_REFRESH = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(FaqIndexServer.class);

    private final LiveIndex index;
    private final SearchService search;
    private final Reindexer reindexer;
    private final SearchAnalytics analytics;
    private final ApiServer api;
    private final McpEndpoint mcp;
    private final Optional<ContentWatcher> watcher;
    private final Optional<ReplicaLink> replica;
    private final CompletableFuture<IndexRefresh> firstRefresh;
    private final CompletableFuture<Void> warmedUp;
    private final int port;

    private FaqIndexServer(FaqIndexConfig config, LiveIndex index, TextEmbedder embedder) throws IOException {
        FaqIndexConfig content = config.content();
        FaqIndexConfig http = config.http();
        this.index = index;
        this.search = new SearchService(index, config.search());
        ReplicationRole role = config.role();
        this.reindexer = role == ReplicationRole.REPLICA ? Reindexer.refusing(index, "this server is a replica: its "
                + "index is copied from the primary at " + config.replication().text(Setting.REPLICATION_PRIMARY)
                .orElse("?") + "; reindex there") : new Reindexer(index);
        this.analytics = SearchAnalytics.open(config.analytics().folder(Setting.ANALYTICS_DIR),
                config.analytics().integer(Setting.ANALYTICS_RETENTION_DAYS), Clock.systemUTC());
        ServerMetrics metrics = metrics(index, search, reindexer, analytics);
        SearchObserver observer = searched -> {
            metrics.recordSearch(searched.source(), searched.mode(), searched.hits());
            analytics.record(new RecordedSearch(searched.source(), searched.query(), searched.hits(), searched.mode(),
                    searched.session(), searched.answered(), searched.rules(), searched.articles(),
                    searched.audience() == Audience.AGENT, searched.client()));
        };
        PassageRetriever retriever = new PassageRetriever(search, config.search().fraction(Setting.MIN_CONFIDENCE),
                new CitationLinks(config.site().text(Setting.SITE_BASE_URL).orElse("")));
        AgentTokens agents = new AgentTokens(http.list(Setting.AGENT_TOKENS));
        this.mcp = new McpEndpoint(search, retriever, observer, http, agents);
        PopularSearches popular = new PopularSearches(analytics, POPULAR_REFRESH);
        AdminAccess admin = new AdminAccess(http.text(Setting.ADMIN_TOKEN), new AdminSessions(Clock.systemUTC()));
        Website website = new Website(new ArticleReader(index), http.list(Setting.ALLOWED_ORIGINS),
                Optional.of(content.folder(Setting.CONTENT_DIR)), SiteCopy.of(config.site()), agents,
                http.integer(Setting.ARTICLE_PAGE_CHUNKS))
                .withDashboard(admin);
        boolean watch = content.flag(Setting.WATCH) && role != ReplicationRole.REPLICA;
        ReplicationRoutes replication = ReplicationRoutes.notPrimary();
        if (role == ReplicationRole.PRIMARY) {
            RevisionPublisher publisher = new RevisionPublisher(index.directory(), content.folder(Setting.CONTENT_DIR));
            reindexer.onRun(run -> publisher.update());
            replication = ReplicationRoutes.primary(ReplicationSettings.token(config.replication()),
                    new ReplicationRoutes.Primary(publisher, new AnalyticsInbox(analytics)));
        }
        this.api = new ApiServer(http, new ApiServices(index, search, retriever, reindexer, analytics, metrics,
                observer, new PopularCompletions(popular::current), admin,
                new Insights(analytics, search, index::embedder)), this::watchStatus,
                Optional.of(website), List.of(mcp::mount), List.of(replication::register));
        try {
            this.port = api.start(http.integer(Setting.PORT));
            mcp.startInBackground();
            this.warmedUp = afterStart(metrics, search,
                    config.index().flag(Setting.SEMANTIC) ? Optional.of(embedder) : Optional.empty());
            this.firstRefresh = role == ReplicationRole.REPLICA ? new CompletableFuture<>()
                    : reindexer.request(false, "start-up");
            this.replica = role == ReplicationRole.REPLICA
                    ? Optional.of(ReplicaLink.start(config.replication(), index, analytics)) : Optional.empty();
            this.watcher = watch
                    ? Optional.of(ContentWatcher.start(content.folder(Setting.CONTENT_DIR),
                            () -> reindexer.request(false, "content change"), QUIET_PERIOD))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            reindexer.close();
            try (mcp) {
                api.close();
            }
            analytics.close();
            search.close();
            throw e;
        }
    }

    /** The server's metrics, with gauges over the index and analytics, and reindex runs counted. */
    private static ServerMetrics metrics(LiveIndex index, SearchService search, Reindexer reindexer,
            SearchAnalytics analytics) {
        ServerMetrics metrics = new ServerMetrics();
        metrics.gauge("faqindex_index_size_bytes", "Bytes the index folder takes on disk", () -> {
            try {
                return index.sizeInBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        metrics.gauge("faqindex_index_chunks", "Public chunks in the serving index (internal ones are not told)", () -> {
            try {
                return search.chunkCount(Audience.PUBLIC);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        metrics.gauge("faqindex_index_ready", "1 when a complete index serves, 0 while the first build runs",
                () -> index.ready() ? 1 : 0);
        metrics.gauge("faqindex_content_problems", "Content files that could not be read in the serving index",
                () -> index.problems().size());
        metrics.counter("faqindex_search_cache_hits_total", "Searches answered from the result cache",
                search::cacheHits);
        metrics.counter("faqindex_search_cache_misses_total", "Searches that were not in the result cache",
                search::cacheMisses);
        metrics.counter("faqindex_analytics_dropped_total",
                "Analytics events dropped because the writer could not keep up", analytics::dropped);
        reindexer.onRun(run -> metrics.recordReindex(result(run), run.tookMs()));
        return metrics;
    }

    private static String result(ReindexRun run) {
        if (!run.succeeded()) {
            return "failed";
        }
        return run.refresh().map(refresh -> refresh.rebuilt() ? "rebuilt" : "unchanged").orElse("unchanged");
    }

    /**
     * What need not delay the first answer, done in the background once the server listens: the JVM metrics (JMX),
     * the facet values and title suggester of the serving index (seconds at a million chunks) and the embedding
     * model (about a second), so the first search, suggestion or semantic query does not wait for them. Each step
     * that fails is logged and left to the first request that needs it.
     */
    private static CompletableFuture<Void> afterStart(ServerMetrics metrics, SearchService search,
            Optional<TextEmbedder> embedder) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread.ofPlatform().name("faq-index-warm-up").daemon().start(() -> {
            try {
                metrics.registerJvmMetrics();
            } catch (RuntimeException e) {
                LOG.warn("The JVM metrics could not be registered; /metrics serves without them", e);
            }
            try {
                search.warmUp();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Warming up the index failed; the first search and suggestion will do it", e);
            }
            try {
                embedder.ifPresent(model -> model.embed("warm up"));
            } catch (RuntimeException e) {
                LOG.warn("Loading the embedding model failed; the first semantic query will try again", e);
            } finally {
                done.complete(null);
            }
        });
        return done;
    }

    /** Starts a server; it answers at once, and {@link #firstRefresh()} says when the content is fully indexed. */
    public static FaqIndexServer start(FaqIndexConfig config) throws IOException {
        return start(config, MiniLmEmbedder.shared());
    }

    /** Like {@link #start(FaqIndexConfig)}, embedding with {@code model} (recent query vectors remembered). */
    public static FaqIndexServer start(FaqIndexConfig config, TextEmbedder model) throws IOException {
        TextEmbedder embedder = RecentQueryVectors.around(model, RecentQueryVectors.DEFAULT_CAPACITY);
        ReplicationSettings.check(config.replication());
        FaqIndexConfig indexing = config.part(Capability.CONTENT, Capability.INDEX);
        LiveIndex index = config.role() == ReplicationRole.REPLICA ? LiveIndex.openReplica(indexing, embedder)
                : LiveIndex.openForServing(indexing, embedder);
        try {
            return new FaqIndexServer(config, index, embedder);
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** What the content watcher watches; empty when watching is off (or before the watcher starts). */
    private Optional<WatchStatus> watchStatus() {
        Optional<ContentWatcher> started = watcher; // null until the constructor has started it
        return started == null ? Optional.empty() : started.map(ContentWatcher::status);
    }

    /** The port bound. */
    public int port() {
        return port;
    }

    /**
     * Completes when the index has been brought up to date with the content folder after start-up (never on a
     * replica, which indexes nothing: its {@link LiveIndex#ready()} says when it serves its primary's revision).
     */
    public CompletableFuture<IndexRefresh> firstRefresh() {
        return firstRefresh;
    }

    /** Completes when the background warm-up (JVM metrics, facet values and suggester, the model) has run. */
    public CompletableFuture<Void> warmedUp() {
        return warmedUp;
    }

    public LiveIndex index() {
        return index;
    }

    public Reindexer reindexer() {
        return reindexer;
    }

    @Override
    public void close() {
        replica.ifPresent(ReplicaLink::close);
        try {
            if (watcher.isPresent()) {
                watcher.get().close();
            }
        } catch (IOException e) {
            LOG.warn("Closing the content watcher failed", e);
        }
        reindexer.close();
        try (mcp) {
            api.close();
        }
        analytics.close();
        try (index; search) {
            // closed in reverse order: search service, then index
        } catch (IOException e) {
            LOG.warn("Closing the index failed", e);
        }
    }
}
