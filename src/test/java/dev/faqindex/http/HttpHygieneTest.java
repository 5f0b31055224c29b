package dev.faqindex.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.SharedServer;
import dev.faqindex.testing.SharedServer.Folder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every exchange gets right, over HTTP: one error format (oversized bodies included), 405 with {@code Allow}
 * for a known path asked with the wrong method (404 for a path only the catch-all routes match), a {@code HEAD}
 * answered as its {@code GET}, JSON bodies only as {@code application/json}, no method override, {@code nosniff} on
 * JSON answers and a declared charset on HTML pages.
 */
class HttpHygieneTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @SharedServer(Folder.SEED)
    static RunningServer server;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anOversizedBodyGetsTheApiErrorFormat() throws Exception {
        for (int size : new int[] {200_000, 2_000_000}) {
            String body = "{\"query\": \"" + "a".repeat(size) + "\"}";
            assertOversizedBodyRefused("/api/retrieve", body);
            assertOversizedBodyRefused("/api/feedback", body);
        }
    }

    private void assertOversizedBodyRefused(String path, String body) throws Exception {
        HttpResponse<String> answer = send(request(path).header("Content-Type", "application/json")
                .expectContinue(true).POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(413, answer.statusCode(), path + ": " + answer.body());
        assertEquals("application/json", mediaType(answer), path);
        JsonNode error = JSON.readTree(answer.body());
        assertEquals(1, error.size(), answer.body());
        assertTrue(error.path("error").asText().contains("65536 bytes"), answer.body());
    }

    @Test
    void aKnownPathAskedWithTheWrongMethodIs405WithAllow() throws Exception {
        for (String[] wrong : new String[][] {{"DELETE", "/api/search?q=back", "GET"},
                {"POST", "/api/chunks/x", "GET"}, {"GET", "/api/retrieve", "POST"}, {"PUT", "/api/feedback", "POST"},
                {"POST", "/articles/lower-back-pain-during-exercise", "GET"}, {"BREW", "/api/search?q=x", "GET"}}) {
            HttpResponse<String> answer = send(request(wrong[1]).method(wrong[0], HttpRequest.BodyPublishers.noBody()));
            assertEquals(405, answer.statusCode(), String.join(" ", wrong) + ": " + answer.body());
            String allow = answer.headers().firstValue("Allow").orElse("");
            assertTrue(List.of(allow.split(",\\s*")).contains(wrong[2]), wrong[1] + " allows " + allow);
            assertTrue(JSON.readTree(answer.body()).path("error").asText().contains(wrong[0]), answer.body());
        }
        assertEquals(404, send(request("/api/no-such-thing").DELETE()).statusCode(), "an unknown path stays 404");
    }

    @Test
    void aPathOnlyTheCatchAllRoutesMatchIsUnknownWhateverTheMethod() throws Exception {
        // The website's last-resort GET (former addresses) and the API's CORS preflight match every path; neither
        // makes a path known, so no method on it is "not allowed".
        for (String[] unknown : new String[][] {{"POST", "/no-such-page"}, {"DELETE", "/api/no-such-thing"},
                {"PUT", "/old/section/page/"}, {"OPTIONS", "/no-such-page"}, {"PATCH", "/api/"}}) {
            HttpResponse<String> answer = send(request(unknown[1]).method(unknown[0],
                    HttpRequest.BodyPublishers.noBody()));
            assertEquals(404, answer.statusCode(), String.join(" ", unknown) + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Allow").isEmpty(), String.join(" ", unknown));
            assertTrue(JSON.readTree(answer.body()).path("error").asText().startsWith("no such endpoint"),
                    answer.body());
        }
        HttpResponse<String> widget = send(request("/widget.js").PUT(HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, widget.statusCode(), widget.body());
        assertEquals("GET", widget.headers().firstValue("Allow").orElse(""), "a website path has no preflight");
        HttpResponse<String> api = send(request("/api/articles").method("PATCH", HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, api.statusCode(), api.body());
        assertEquals("GET, OPTIONS", api.headers().firstValue("Allow").orElse(""), "an API path has its preflight");
    }

    @Test
    void aHeadIsAnsweredAsItsGetWouldBeWithoutTheBody() throws Exception {
        for (String path : List.of("/", "/api/search?q=back", "/api/chunks/none", "/articles/no-such-article",
                "/articles/lower-back-pain-during-exercise", "/no-such-page", "/api/no-such-thing", "/widget.js")) {
            HttpResponse<String> get = send(request(path).GET());
            HttpResponse<String> head = send(request(path).HEAD());
            assertEquals(get.statusCode(), head.statusCode(), "HEAD " + path);
            assertEquals(mediaType(get), mediaType(head), "HEAD " + path);
            assertEquals("", head.body(), "HEAD " + path);
        }
        assertEquals(404, send(request("/no-such-page").HEAD()).statusCode(), "a missing page is not said to exist");
    }

    @Test
    void jsonInABodyThatIsNotDeclaredJsonIsRefusedWith415() throws Exception {
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data")) {
            HttpResponse<String> answer = send(request("/api/retrieve").header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"stretching\"}")));
            assertEquals(415, answer.statusCode(), type + ": " + answer.body());
            assertTrue(JSON.readTree(answer.body()).path("error").asText().contains("application/json"),
                    answer.body());
        }
        HttpResponse<String> json = send(request("/api/retrieve").header("Content-Type",
                "application/json; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"rest\"}")));
        assertEquals(200, json.statusCode(), json.body());
    }

    @Test
    void methodOverrideHeadersAreNotHonoured() throws Exception {
        for (String header : List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override")) {
            HttpResponse<String> get = send(request("/api/search?q=stretching").header(header, "DELETE").GET());
            assertEquals(200, get.statusCode(), header + ": " + get.body());
            HttpResponse<String> post = send(request("/api/search?q=stretching").header(header, "GET")
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(405, post.statusCode(), header + ": " + post.body());
        }
    }

    @Test
    void jsonAnswersSayNosniffAndPagesDeclareTheirCharset() throws Exception {
        for (String path : List.of("/api/search?q=back", "/api/health", "/api/no-such-thing", "/api/chunks/none")) {
            HttpResponse<String> answer = send(request(path).GET());
            assertEquals("application/json", mediaType(answer), path);
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
        for (String path : List.of("/", "/articles/lower-back-pain-during-exercise", "/articles/no-such-article")) {
            HttpResponse<String> page = send(request(path).GET());
            String type = page.headers().firstValue("Content-Type").orElse("");
            assertEquals("text/html", mediaType(page), path);
            assertTrue(type.toLowerCase().replace(" ", "").contains(";charset=utf-8"), path + ": " + type);
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery)).timeout(Duration.ofSeconds(10));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String mediaType(HttpResponse<?> answer) {
        return answer.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }
}
