package dev.faqindex.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.server.FaqIndexServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A real faq-index server ({@link FaqIndexServer}) on a free port, over a content folder, with a small HTTP client
 * to talk to it. Test classes that only search a folder share one ({@link SharedServer}). Unless a test passes its own configuration, rate limiting and content watching are off, so tests
 * that send many requests or edit files see only what they ask for.
 */
public final class RunningServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FaqIndexServer server;
    private final FaqIndexConfig config;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private RunningServer(FaqIndexServer server, FaqIndexConfig config) {
        this.server = server;
        this.config = config;
        this.base = "http://localhost:" + server.port();
    }

    /** Indexes {@code content} into {@code indexDir} and starts serving it. */
    public static RunningServer start(Path content, Path indexDir) throws IOException {
        return start(testConfig(content, indexDir));
    }

    /**
     * The configuration {@link #start(Path, Path)} uses: port 0, no rate limit, no watching, analytics in a folder
     * beside the index folder named after it ({@code index} gives {@code index-analytics}).
     */
    public static FaqIndexConfig testConfig(Path content, Path indexDir) {
        return FaqIndexConfig.builder()
                .set(Setting.CONTENT_DIR, content)
                .set(Setting.INDEX_DIR, indexDir)
                .set(Setting.PORT, 0)
                .set(Setting.RATE_PER_MINUTE, 0)
                .set(Setting.RATE_BURST, 1)
                .set(Setting.WATCH, false)
                .set(Setting.ANALYTICS_DIR, analyticsBeside(indexDir))
                .build();
    }

    /**
     * A test's own small site: {@link #testConfig} over {@link IndexConfigs#contentIn} {@code temp}, indexed in {@code temp/index},
     * lexical search only so that no model is loaded.
     */
    public static FaqIndexConfig lexicalConfig(Path temp) throws IOException {
        return testConfig(IndexConfigs.contentIn(temp), temp.resolve("index")).with(Setting.SEMANTIC, false);
    }

    private static Path analyticsBeside(Path indexDir) {
        Path absolute = indexDir.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + "-analytics");
    }

    /**
     * Starts a server with {@code config} and returns at once, while the index is brought up to date in the
     * background ({@code server().firstRefresh()} says when).
     */
    public static RunningServer startServing(FaqIndexConfig config) throws IOException {
        return new RunningServer(FaqIndexServer.start(config), config);
    }

    /** Starts a server with {@code config} and returns once its first indexing and its warm-up have finished. */
    public static RunningServer start(FaqIndexConfig config) throws IOException {
        FaqIndexServer server = FaqIndexServer.start(config);
        try {
            server.firstRefresh().get(5, TimeUnit.MINUTES);
            server.warmedUp().get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
            throw new IOException("interrupted while indexing", e);
        } catch (ExecutionException | TimeoutException e) {
            server.close();
            throw new IOException("the first indexing failed", e);
        }
        return new RunningServer(server, config);
    }

    /** A response: status and parsed JSON body. */
    public record Reply(int status, JsonNode body, String contentType) {
    }

    /** GET a path (with query string already encoded), with {@code headers} as name, value pairs. */
    public Reply get(String pathAndQuery, String... headers) throws IOException {
        HttpRequest.Builder request = request(pathAndQuery).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return reply(send(request.build()));
    }

    /** POST a JSON body to a path. */
    public Reply post(String path, String jsonBody) throws IOException {
        return reply(send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)).build()));
    }

    /**
     * A request with a text body (may be null), {@code headers} as name, value pairs, answered as JSON. A body is sent
     * as {@code application/json} unless {@code headers} name another type.
     */
    public Reply send(String method, String path, String body, String... headers) throws IOException {
        HttpRequest.Builder request = request(path).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !typed) {
            request.header("Content-Type", "application/json");
        }
        return reply(send(request.build()));
    }

    /** Any request, answered as text: {@code headers} are name, value pairs (e.g. {@code "Origin", "https://a.example"}). */
    public HttpResponse<String> fetch(String method, String pathAndQuery, String... headers) throws IOException {
        HttpRequest.Builder request = request(pathAndQuery).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(10));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + request.method() + " " + request.uri(), e);
        }
    }

    private static Reply reply(HttpResponse<String> response) throws IOException {
        String type = response.headers().firstValue("Content-Type").orElse("");
        return new Reply(response.statusCode(), JSON.readTree(response.body()), type);
    }

    /** GET /api/search with the query text encoded, plus extra raw parameters (e.g. {@code "&limit=3"}). */
    public Reply search(String q, String extraParams) throws IOException {
        return get("/api/search?q=" + encode(q) + extraParams);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String baseUrl() {
        return base;
    }

    public LiveIndex index() {
        return server.index();
    }

    public FaqIndexServer server() {
        return server;
    }

    /**
     * Stops the server. The analytics folder {@link #testConfig} puts beside a bare temporary index folder lies outside
     * that temporary folder, so it is deleted here.
     */
    @Override
    public void close() {
        server.close();
        Path analyticsDir = config.folder(Setting.ANALYTICS_DIR);
        Path indexDir = config.folder(Setting.INDEX_DIR);
        Path temporaryFolders = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        if (analyticsDir.equals(analyticsBeside(indexDir))
                && indexDir.toAbsolutePath().getParent().equals(temporaryFolders)) {
            deleteTree(analyticsDir);
        }
    }

    /** Deletes {@code dir} and everything in it, if it exists. */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the test folder " + dir, e);
        }
    }
}
