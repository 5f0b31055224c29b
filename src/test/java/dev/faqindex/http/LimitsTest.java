package dev.faqindex.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.config.Limits;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.RunningServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits a public server sets, seen over HTTP. */
class LimitsTest {

    @TempDir
    Path temp;

    @Test
    void aClientOverItsRateGets429WithRetryAfterAndProbesStillAnswer() throws Exception {
        Limits limits = new Limits(200, 60, 5, Duration.ofSeconds(1), false);
        try (RunningServer server = RunningServer.start(RunningServer.testConfig(Paths.content(), temp)
                .withSemantic(false).withLimits(limits))) {
            for (int i = 0; i < 5; i++) {
                assertEquals(200, server.fetch("GET", "/api/search?q=back").statusCode(), "call " + i);
            }
            HttpResponse<String> refused = server.fetch("GET", "/api/search?q=back");
            assertEquals(429, refused.statusCode());
            assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
            assertTrue(refused.body().contains("too many requests"), refused.body());
            assertEquals(429, server.fetch("GET", "/api/suggest?q=ba").statusCode(), "the budget covers every API call");
            assertEquals(200, server.fetch("GET", "/api/health").statusCode());
            assertEquals(200, server.fetch("GET", "/api/ready").statusCode());
        }
    }

    @Test
    void theQueryLengthLimitIsConfigurable() throws Exception {
        Limits limits = new Limits(20, 0, 1, Duration.ofSeconds(1), false);
        try (RunningServer server = RunningServer.start(RunningServer.testConfig(Paths.content(), temp)
                .withSemantic(false).withLimits(limits))) {
            assertEquals(200, server.search("a".repeat(20), "").status());
            RunningServer.Reply tooLong = server.search("a".repeat(21), "");
            assertEquals(400, tooLong.status());
            assertTrue(tooLong.body().get("error").asText().contains("at most 20"), tooLong.body().toString());
            assertEquals(400, server.post("/api/retrieve", "{\"query\": \"" + "b".repeat(21) + "\"}").status());
        }
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnBudget() throws Exception {
        Limits limits = new Limits(200, 60, 2, Duration.ofSeconds(1), true);
        try (RunningServer server = RunningServer.start(RunningServer.testConfig(Paths.content(), temp)
                .withSemantic(false).withLimits(limits))) {
            for (int i = 0; i < 2; i++) {
                assertEquals(200, server.fetch("GET", "/api/search?q=x", "X-Forwarded-For", "10.0.0.1").statusCode());
            }
            assertEquals(429, server.fetch("GET", "/api/search?q=x", "X-Forwarded-For", "10.0.0.1").statusCode());
            assertEquals(429, server.fetch("GET", "/api/search?q=x", "X-Forwarded-For", "1.2.3.4, 10.0.0.1").statusCode(),
                    "a client cannot escape its budget by prepending an address");
            assertEquals(200, server.fetch("GET", "/api/search?q=x", "X-Forwarded-For", "10.0.0.2").statusCode());
        }
    }

    @Test
    void aQueryThatWouldExplodeIntoClausesIsRefusedOrAnsweredButNeverAServerError() throws Exception {
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            parts.append(i == 0 ? "" : "-").append((char) ('a' + i % 26)).append((char) ('a' + i / 26 % 26)).append("x");
        }
        String words = (parts + " ").repeat(3);
        try (RunningServer server = RunningServer.start(RunningServer.testConfig(Paths.content(), temp)
                .withSemantic(false).withLimits(new Limits(5000, 0, 1, Duration.ofSeconds(1), false)))) {
            long start = System.nanoTime();
            RunningServer.Reply reply = server.search(words, "");
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(reply.status() == 200 || reply.status() == 400, reply.status() + " " + reply.body());
            assertTrue(ms < 2_000, "took " + ms + " ms");
        }
    }
}
