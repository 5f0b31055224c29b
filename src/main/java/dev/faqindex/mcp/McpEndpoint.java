package dev.faqindex.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.faqindex.auth.AgentTokens;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.content.Chunk;
import dev.faqindex.http.BadRequestException;
import dev.faqindex.http.JsonFields;
import dev.faqindex.http.LogField;
import dev.faqindex.http.RetrieveRequests;
import dev.faqindex.search.Audience;
import dev.faqindex.search.PassageRetriever;
import dev.faqindex.search.SearchHit;
import dev.faqindex.search.RetrieveRequest;
import dev.faqindex.search.RetrieveResult;
import dev.faqindex.search.SearchObserver;
import dev.faqindex.search.SearchService;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An MCP server (official Java SDK, Streamable HTTP) on the API's own port at {@link #PATH}, with two tools:
 * {@code search_knowledge_base} (passages for a question, as {@code /api/retrieve} returns them, its arguments read
 * as that endpoint reads its body: {@link RetrieveRequests}) and {@code get_passage} (one passage's full text by id).
 * The SDK's transport sits behind a {@link GuardedTransport}: methods, {@code Origin}, body size and type, message
 * shape and the number and idle time of sessions are checked there, and a tool that fails answers a tool error
 * naming no internals.
 */
public final class McpEndpoint implements AutoCloseable {

    /** Where clients connect. */
    public static final String PATH = "/mcp";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(McpEndpoint.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /** Where the transport context keeps what the request's credentials said ({@link AgentTokens.Verdict}). */
    private static final String VERDICT = "faq-index.verdict";
    /** Where it keeps the client's address, for the analytics' anonymous mark. */
    private static final String CLIENT = "faq-index.client";

    private final SearchService search;
    private final PassageRetriever retriever;
    private final SearchObserver observer;
    private final int maxQueryLength;
    private final AgentTokens agents;
    private final OriginCheck origins;
    private final int maxBodyBytes;
    private final int maxSessions;
    private final Duration sessionIdle;
    private final DeferredServlet servlet = new DeferredServlet();
    private Started started;
    private boolean closed;

    /** The SDK's server and its servlet transport behind its guard, once built. */
    private record Started(GuardedTransport transport, McpSyncServer server) {
    }

    /**
     * The endpoint over {@code search}, telling {@code observer} of every {@code search_knowledge_base} call, with
     * the limits of the {@code http} settings: the longest query, the origins whose pages may call it, the largest
     * body, the number of sessions and their idle time. The SDK's server (about half a second of class loading) is
     * built by {@link #startInBackground()} or by the first MCP request, whichever comes first, so it does not delay
     * the start of the search API.
     */
    public McpEndpoint(SearchService search, PassageRetriever retriever, SearchObserver observer,
            FaqIndexConfig http) {
        this(search, retriever, observer, http, AgentTokens.NONE);
    }

    /**
     * As {@link #McpEndpoint(SearchService, PassageRetriever, SearchObserver, FaqIndexConfig)}, a client that sends
     * {@code Authorization: Bearer <token>} with one of {@code agents} being answered from internal passages too.
     */
    public McpEndpoint(SearchService search, PassageRetriever retriever, SearchObserver observer,
            FaqIndexConfig http, AgentTokens agents) {
        this.search = search;
        this.retriever = retriever;
        this.observer = observer;
        this.agents = agents;
        this.maxQueryLength = http.integer(Setting.MAX_QUERY_LENGTH);
        this.origins = new OriginCheck(http.list(Setting.ALLOWED_ORIGINS));
        this.maxBodyBytes = http.integer(Setting.MAX_BODY_BYTES);
        this.maxSessions = http.integer(Setting.MCP_MAX_SESSIONS);
        this.sessionIdle = Duration.ofMinutes(http.integer(Setting.MCP_SESSION_IDLE_MINUTES));
    }

    /** Adds the endpoint's servlet to the server's context (an exact mapping, so it wins over the API's {@code /*}). */
    public void mount(ServletContextHandler handler) {
        ServletHolder holder = new ServletHolder("mcp", servlet);
        holder.setAsyncSupported(true);
        holder.setInitOrder(1);
        handler.addServlet(holder, PATH);
    }

    /** Builds the SDK's server on a background thread, once the servlet container has started. */
    public void startInBackground() {
        Thread.ofPlatform().name("faq-index-mcp-start").daemon().start(() -> {
            try {
                started();
            } catch (ServletException | RuntimeException e) {
                LOG.warn("Starting the MCP server failed; the first MCP request will try again", e);
            }
        });
    }

    private synchronized Started started() throws ServletException {
        if (closed) {
            throw new ServletException("the MCP endpoint is closed");
        }
        if (started == null) {
            McpJsonMapper json = McpJsonDefaults.getMapper();
            // No SDK session sweeper (on by default, every 30 minutes; null turns it off): it keeps the id of every
            // session used within its interval, so a stream of initialize calls grows its set for the whole
            // interval. McpSessionLimit ends idle sessions instead.
            HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                    .jsonMapper(json)
                    .mcpEndpoint(PATH)
                    .contextExtractor(request -> McpTransportContext.create(
                            Map.of(VERDICT, agents.check(request.getHeader("Authorization")),
                                    CLIENT, String.valueOf(request.getRemoteAddr()))))
                    .maxRequestSize(maxBodyBytes)
                    .sessionSweepInterval(null)
                    .build();
            McpSyncServer server = McpServer.sync(transport)
                    .serverInfo("faq-index", "0.1.0")
                    .instructions("Answer from the FAQ knowledge base: call search_knowledge_base with the user's"
                            + " question, quote the passages' text and cite their url; call get_passage for a"
                            + " passage's full text.")
                    .capabilities(ServerCapabilities.builder().tools(false).build())
                    .tools(searchTool(json), passageTool(json))
                    .build();
            transport.init(servlet.getServletConfig());
            started = new Started(new GuardedTransport(transport, origins,
                    new McpSessionLimit(maxSessions, sessionIdle, System::nanoTime), maxBodyBytes), server);
        }
        return started;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (started != null) {
            started.server().closeGracefully();
        }
    }

    /** The servlet Jetty knows: hands each request to the SDK's transport, building it first if need be. */
    private final class DeferredServlet extends HttpServlet {

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response)
                throws ServletException, IOException {
            started().transport().service(request, response);
        }
    }

    private SyncToolSpecification searchTool(McpJsonMapper json) {
        Tool tool = Tool.builder()
                .name("search_knowledge_base")
                .description("Search the FAQ knowledge base with a question in natural language (it finds answers by"
                        + " meaning, not only by shared words). Returns up to k passages, best first and within"
                        + " maxTokens, each with id, title, breadcrumb, text to quote, url to cite, its article and"
                        + " its confidence (0-1, the chance that it answers); type, article and tags narrow the"
                        + " search. When no passage is likely enough to answer (answered: false), the knowledge base"
                        + " has no answer: say so instead of guessing.")
                .inputSchema(json, """
                        {"type":"object",
                         "properties":{
                           "query":{"type":"string","description":"The question, in the user's own words"},
                           "k":{"type":"integer","description":"Most passages to return (1-20, default 5)",
                                "minimum":1,"maximum":20,"default":5},
                           "maxTokens":{"type":"integer","description":"Token budget for all passages together (20-20000, default 1000)",
                                "minimum":20,"maximum":20000,"default":1000},
                           "type":{"type":"string","enum":["faq","section"],
                                "description":"Only FAQ answers, or only article sections"},
                           "article":{"type":"string","description":"Only passages of this article (its slug)"},
                           "tags":{"type":"array","items":{"type":"string"},
                                "description":"Only passages carrying at least one of these tags"},
                           "minConfidence":{"type":"number","minimum":0,"maximum":1,
                                "description":"Leave out passages less likely than this to answer (0-1; the server's default when absent)"}},
                         "required":["query"],"additionalProperties":false}
                        """)
                .build();
        return SyncToolSpecification.builder().tool(tool).callHandler(failingAsToolError((exchange, request) -> {
            Optional<Audience> audience = audience(exchange);
            if (audience.isEmpty()) {
                return error(UNKNOWN_TOKEN);
            }
            RetrieveRequest retrieve;
            try {
                ObjectNode given = JSON.valueToTree(request.arguments() == null ? Map.of() : request.arguments());
                given.remove("mode"); // the tool takes no mode: the index's default ranks
                JsonFields arguments = JsonFields.of(given);
                retrieve = RetrieveRequests.read(arguments, arguments, maxQueryLength,
                        retriever.defaultMinConfidence()).forAudience(audience.get());
            } catch (BadRequestException e) {
                return error(e.getMessage());
            }
            RetrieveResult result;
            try {
                result = retriever.retrieve(retrieve);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String text = retrieve.query();
            observer.searched(new SearchObserver.Searched("mcp", text, result.passages().size(), result.mode(),
                    Optional.empty(), result.answered(), result.firedRules(),
                    result.passages().stream().map(passage -> passage.article().id()).distinct().toList(),
                    audience.get(), exchange.transportContext() == null ? null
                            : (String) exchange.transportContext().get(CLIENT)));
            Map<String, Object> structured = JSON.convertValue(result, MAP);
            String said = result.answered() ? toJson(structured) : noAnswer(result);
            return CallToolResult.builder().structuredContent(structured).addTextContent(said).build();
        })).build();
    }

    /** What the tool says when nothing answers: plainly, so that a model passes on "I don't know", not a guess. */
    static String noAnswer(RetrieveResult result) {
        return "The knowledge base has no answer to this question: no passage is likely enough to answer it"
                + String.format(java.util.Locale.ROOT, " (none reaches confidence %.2f).", result.minConfidence())
                + " Tell the user that the knowledge base does not cover it rather than answering from other"
                + " knowledge.";
    }

    private SyncToolSpecification passageTool(McpJsonMapper json) {
        Tool tool = Tool.builder()
                .name("get_passage")
                .description("Fetch the full text of one passage by the id that search_knowledge_base returned,"
                        + " with its title, breadcrumb, url and article.")
                .inputSchema(json, """
                        {"type":"object",
                         "properties":{"id":{"type":"string","description":"Passage id, e.g. article-slug:section-anchor"}},
                         "required":["id"],"additionalProperties":false}
                        """)
                .build();
        return SyncToolSpecification.builder().tool(tool).callHandler(failingAsToolError((exchange, request) -> {
            Optional<Audience> audience = audience(exchange);
            if (audience.isEmpty()) {
                return error(UNKNOWN_TOKEN);
            }
            if (request.arguments() == null || !(request.arguments().get("id") instanceof String id)
                    || id.isBlank()) {
                return error("id is required: a non-empty string");
            }
            Optional<Chunk> chunk;
            try {
                chunk = search.chunk(id, audience.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (chunk.isEmpty()) {
                return error("no passage with id '" + id + "'");
            }
            Map<String, Object> structured = passage(chunk.get(), retriever.citation(chunk.get()));
            return CallToolResult.builder().structuredContent(structured).addTextContent(toJson(structured)).build();
        })).build();
    }

    /**
     * A tool handler whose failures (a closed index, a disk error, a bug) are a tool error saying so, the cause logged
     * here, instead of an exception's message passed to the client.
     */
    private static <E> BiFunction<E, CallToolRequest, CallToolResult> failingAsToolError(
            BiFunction<E, CallToolRequest, CallToolResult> handler) {
        return (exchange, request) -> {
            try {
                return handler.apply(exchange, request);
            } catch (RuntimeException e) {
                LOG.error("The MCP tool {} failed", LogField.of(request.name(), 100), e);
                return error("the tool failed on the server; try again, or report it if it keeps failing");
            }
        };
    }

    /** What the client's credentials said; empty for a bearer token that is no agent's. */
    private static Optional<Audience> audience(McpSyncServerExchange exchange) {
        Object verdict = exchange.transportContext() == null ? null : exchange.transportContext().get(VERDICT);
        return verdict instanceof AgentTokens.Verdict known ? known.audience() : Optional.of(Audience.PUBLIC);
    }

    private static final String UNKNOWN_TOKEN =
            "the bearer token is not an agent token; connect without one to search as the public";

    private static Map<String, Object> passage(Chunk chunk, String citation) {
        Map<String, Object> passage = new LinkedHashMap<>();
        passage.put("id", chunk.id());
        passage.put("title", chunk.title());
        passage.put("breadcrumb", chunk.breadcrumb());
        passage.put("text", chunk.body());
        passage.put("url", citation);
        passage.put("article", SearchHit.ArticleRef.of(chunk));
        if (chunk.internal()) {
            passage.put("internal", true);
        }
        return passage;
    }

    private static CallToolResult error(String message) {
        return CallToolResult.builder().isError(true).addTextContent(message).build();
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
