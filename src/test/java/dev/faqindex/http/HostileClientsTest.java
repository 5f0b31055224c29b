package dev.faqindex.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.RunningServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What anonymous clients can make the server hold or write stays bounded, and every path they reach is limited. */
class HostileClientsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private FaqIndexConfig lexical() {
        return RunningServer.testConfig(Paths.content(), temp.resolve("index")).with(Setting.SEMANTIC, false);
    }

    @Test
    void madeUpMethodsDoNotGrowTheMetrics() throws Exception {
        try (RunningServer server = RunningServer.start(lexical())) {
            List<String> paths = List.of("/api/search?q=back", "/nope", "/articles/x", "/mcp", "/");
            for (String path : paths) {
                server.fetch("BREW", path); // each path's answer to a made-up method has its series from now on
            }
            server.fetch("GET", "/metrics"); // and the scrape its own
            int before = server.fetch("GET", "/metrics").body().length();
            Random random = new Random(15);
            for (int i = 0; i < 300; i++) {
                StringBuilder method = new StringBuilder("M" + i);
                for (int j = 0; j < 200; j++) {
                    method.append((char) ('A' + random.nextInt(26)));
                }
                int status = server.fetch(method.toString(), paths.get(i % paths.size())).statusCode();
                assertTrue(status >= 400 && status != 500, method.substring(0, 10) + "... answered " + status);
            }
            String metrics = server.fetch("GET", "/metrics").body();
            assertTrue(metrics.length() - before < 1_000, "/metrics grew from " + before + " to " + metrics.length()
                    + " bytes");
            assertTrue(metrics.contains("method=\"other\""), "made-up methods are counted as other");
            assertFalse(metrics.contains("M17"), "no made-up method becomes a label");
        }
    }

    @Test
    void everyClientFacingPathIsRateLimitedButProbesAndMetricsAreNot() throws Exception {
        FaqIndexConfig config = lexical().with(Setting.RATE_PER_MINUTE, 60).with(Setting.RATE_BURST, 3);
        try (RunningServer server = RunningServer.start(config)) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, server.fetch("GET", "/articles/lower-back-pain-during-exercise").statusCode());
            }
            for (String[] request : new String[][] {{"GET", "/articles/lower-back-pain-during-exercise"},
                    {"GET", "/content/photo.png"}, {"GET", "/no/such/path"}, {"POST", "/mcp"}, {"GET", "/"},
                    {"GET", "/api/search?q=back"}, {"GET", "/assets/site.css"}}) {
                HttpResponse<String> refused = server.fetch(request[0], request[1]);
                assertEquals(429, refused.statusCode(), String.join(" ", request));
                assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""), request[1]);
                assertTrue(JSON.readTree(refused.body()).path("error").asText().contains("too many requests"),
                        refused.body());
            }
            for (String probe : List.of("/api/health", "/api/ready", "/metrics")) {
                assertEquals(200, server.fetch("GET", probe).statusCode(), probe);
            }
            assertTrue(server.fetch("GET", "/metrics").body().contains("endpoint=\"rate_limited\""),
                    "refusals are counted under a label of their own");
        }
    }
}
