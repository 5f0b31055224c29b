package dev.faqindex.replication;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/** A replica's calls to its primary's replication endpoints ({@link ReplicationRoutes}), with the shared token. */
final class PrimaryClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private final URI primary;
    private final ReplicationToken token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .version(HttpClient.Version.HTTP_1_1).build();

    PrimaryClient(String primary, ReplicationToken token) {
        this.primary = URI.create(primary.endsWith("/") ? primary : primary + "/");
        this.token = token;
    }

    /** The primary's current revision, or the next one if it is still {@code known} (waiting up to {@code wait}). */
    Revision revision(String known, Duration wait) throws IOException, InterruptedException {
        HttpRequest request = request("api/replication/revision?since=" + URLEncoder.encode(known,
                StandardCharsets.UTF_8) + "&wait=" + wait.toMillis(), wait.plusSeconds(10)).GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            check(response, body);
            return ReplicationJson.MAPPER.readValue(body, Revision.class);
        }
    }

    /** The named files as the primary's zip stream; the caller closes it. */
    InputStream files(Collection<String> index, Collection<String> content) throws IOException, InterruptedException {
        byte[] body = ReplicationJson.MAPPER.writeValueAsBytes(Map.of("index", index, "content", content));
        HttpRequest request = request("api/replication/files", Duration.ofHours(1))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        check(response, response.body());
        return response.body();
    }

    /** Sends analytics lines ({@link AnalyticsInbox}); returns once the primary has written them. */
    void analytics(Object message) throws IOException, InterruptedException {
        HttpRequest request = request("api/replication/analytics", Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ReplicationJson.MAPPER.writeValueAsBytes(message)))
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            check(response, body);
        }
    }

    /** Where the primary is, for messages. */
    URI address() {
        return primary;
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        return HttpRequest.newBuilder(primary.resolve(path)).timeout(timeout)
                .header("Authorization", token.authorization());
    }

    private static void check(HttpResponse<InputStream> response, InputStream body) throws IOException {
        if (response.statusCode() != 200) {
            String text;
            try (body) {
                text = new String(body.readNBytes(2000), StandardCharsets.UTF_8);
            }
            throw new IOException(response.request().uri().getPath() + " answered " + response.statusCode() + ": "
                    + text);
        }
    }
}
