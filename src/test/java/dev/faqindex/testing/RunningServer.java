package dev.faqindex.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.http.ApiServer;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.search.ArticleReader;
import dev.faqindex.search.SearchService;
import dev.faqindex.web.Website;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A real faq-index server on a free port, over a content folder, with a small HTTP client to talk to it. */
public final class RunningServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LiveIndex index;
    private final ApiServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private RunningServer(LiveIndex index, ApiServer server, int port) {
        this.index = index;
        this.server = server;
        this.base = "http://localhost:" + port;
    }

    /** Indexes {@code content} into {@code indexDir} and starts serving it. */
    public static RunningServer start(Path content, Path indexDir) throws IOException {
        return start(content, indexDir, List.of());
    }

    /** Indexes {@code content} and serves it, letting pages from {@code allowedOrigins} call the API. */
    public static RunningServer start(Path content, Path indexDir, List<String> allowedOrigins) throws IOException {
        FaqIndexConfig config = new FaqIndexConfig(content, indexDir, 0, FaqIndexConfig.DEFAULT_MAX_CHUNK_CHARS,
                allowedOrigins);
        LiveIndex index = LiveIndex.open(config);
        ApiServer server = new ApiServer(new SearchService(index),
                new Website(new ArticleReader(index), config.allowedOrigins()));
        int port = server.start(0);
        return new RunningServer(index, server, port);
    }

    /** A response: status and parsed JSON body. */
    public record Reply(int status, JsonNode body, String contentType) {
    }

    /** GET a path (with query string already encoded). */
    public Reply get(String pathAndQuery) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + pathAndQuery, e);
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        return new Reply(response.statusCode(), JSON.readTree(response.body()), type);
    }

    /** Any request, answered as text: {@code headers} are name, value pairs (e.g. {@code "Origin", "https://a.example"}). */
    public HttpResponse<String> fetch(String method, String pathAndQuery, String... headers) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + pathAndQuery, e);
        }
    }

    /** POST a JSON body to a path. */
    public Reply post(String path, String jsonBody) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while posting to " + path, e);
        }
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
        return index;
    }

    @Override
    public void close() throws IOException {
        try (index) {
            server.close();
        }
    }
}
