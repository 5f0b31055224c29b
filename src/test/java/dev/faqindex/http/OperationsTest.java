package dev.faqindex.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.RunningServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What an operator sees: Prometheus metrics, the JSON access log, health and readiness. */
class OperationsTest {

    private static final String TOKEN = "operations-test-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private FaqIndexConfig config() {
        return RunningServer.testConfig(Paths.content(), temp.resolve("index")).with(Setting.ADMIN_TOKEN, TOKEN)
                .with(Setting.SEMANTIC, false);
    }

    @Test
    void metricsCountRequestsPerRouteTemplateAndDescribeTheIndexAndReindexing() throws Exception {
        try (RunningServer server = RunningServer.start(config())) {
            for (int i = 0; i < 3; i++) {
                server.search("plank", "");
            }
            server.search("xqzjw", "");
            String id = server.search("plank", "").body().at("/hits/0/id").asText();
            server.get("/api/chunks/" + id);
            server.get("/api/chunks/no-such-chunk");
            server.get("/api/no-such-endpoint");
            server.fetch("POST", "/api/admin/reindex?force=true&wait=true", "Authorization", "Bearer " + TOKEN);

            HttpResponse<String> scrape = server.fetch("GET", "/metrics");
            assertEquals(200, scrape.statusCode());
            assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            String metrics = scrape.body();
            assertEquals(5, value(metrics, "faqindex_http_requests_total{endpoint=\"/api/search\",method=\"GET\",status=\"200\"}"), 0.0);
            assertEquals(1, value(metrics, "faqindex_http_requests_total{endpoint=\"/api/chunks/{id}\",method=\"GET\",status=\"200\"}"), 0.0);
            assertEquals(1, value(metrics, "faqindex_http_requests_total{endpoint=\"/api/chunks/{id}\",method=\"GET\",status=\"404\"}"), 0.0);
            assertEquals(1, value(metrics, "faqindex_http_requests_total{endpoint=\"unmatched\",method=\"GET\",status=\"404\"}"), 0.0);
            assertEquals(5, value(metrics, "faqindex_http_request_duration_seconds_count{endpoint=\"/api/search\"}"), 0.0);
            assertEquals(5, value(metrics, "faqindex_http_request_duration_seconds_bucket{endpoint=\"/api/search\",le=\"+Inf\"}"), 0.0);
            assertEquals(1, value(metrics, "faqindex_searches_total{mode=\"lexical\",outcome=\"zero_results\",source=\"search\"}"), 0.0);
            assertEquals(server.index().commitInfo().orElseThrow().chunks(), value(metrics, "faqindex_index_chunks"), 0.0);
            assertTrue(value(metrics, "faqindex_index_size_bytes") > 1000);
            assertEquals(1, value(metrics, "faqindex_index_ready"), 0.0);
            assertEquals(3, value(metrics, "faqindex_search_cache_hits_total"), 0.0, "plank four more times");
            assertEquals(2, value(metrics, "faqindex_reindex_total{result=\"rebuilt\"}"), 0.0, "the first build and the forced one");
            assertEquals(2, value(metrics, "faqindex_reindex_duration_seconds_count"), 0.0, "start-up and forced");
            assertTrue(value(metrics, "jvm_memory_used_bytes{area=\"heap\"}") > 0, "JVM metrics are included");
        }
    }

    @Test
    void everyAnsweredRequestIsOneJsonLineWithoutItsQueryString() throws Exception {
        Logger access = (Logger) LoggerFactory.getLogger(AccessLog.LOGGER);
        Level before = access.getLevel();
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        access.addAppender(lines);
        access.setLevel(Level.INFO);
        try (RunningServer server = RunningServer.start(config())) {
            server.search("secret words", "&limit=3");
            server.get("/api/chunks/nothing-here");
            server.fetch("GET", "/");
        } finally {
            access.detachAppender(lines);
            access.setLevel(before);
        }
        List<JsonNode> logged = lines.list.stream().map(e -> {
            try {
                return JSON.readTree(e.getFormattedMessage());
            } catch (Exception ex) {
                throw new AssertionError("not JSON: " + e.getFormattedMessage(), ex);
            }
        }).toList();
        assertEquals(3, logged.size(), logged.toString());
        JsonNode search = logged.get(0);
        assertEquals("GET", search.get("method").asText());
        assertEquals("/api/search", search.get("path").asText());
        assertEquals("/api/search", search.get("endpoint").asText());
        assertEquals(200, search.get("status").asInt());
        assertTrue(search.get("ms").asDouble() > 0);
        assertTrue(search.get("client").asText().matches("[0-9a-f.:\\[\\]]+"), search.toString());
        assertTrue(search.get("time").asText().endsWith("Z"));
        assertTrue(!lines.list.get(0).getFormattedMessage().contains("secret"), "queries stay out of the access log");
        assertEquals(404, logged.get(1).get("status").asInt());
        assertEquals("/api/chunks/{id}", logged.get(1).get("endpoint").asText());
        assertEquals("/", logged.get(2).get("endpoint").asText());
    }

    @Test
    void healthIsAlwaysUpAndReadinessFollowsTheIndex() throws Exception {
        try (RunningServer server = RunningServer.start(config())) {
            assertEquals(200, server.get("/api/health").status());
            RunningServer.Reply ready = server.get("/api/ready");
            assertEquals(200, ready.status());
            assertEquals("ready", ready.body().get("status").asText());
            assertTrue(ready.body().get("chunks").asInt() > 10);
        }
    }

    /** The value of the sample named exactly {@code sample} (name and labels as exposed). */
    private static double value(String metrics, String sample) {
        Matcher line = Pattern.compile("^" + Pattern.quote(sample) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        assertTrue(line.find(), "no sample " + sample + " in:\n" + metrics.lines()
                .filter(l -> l.startsWith(sample.replaceAll("[{_].*", ""))).limit(40).toList());
        return Double.parseDouble(line.group(1));
    }
}
