package dev.faqindex.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.RunningServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits a public server sets, seen over HTTP. */
class LimitsTest {

    @TempDir
    Path temp;

    /** A lexical server over the project's content with these limits and a 1 s search time limit. */
    private FaqIndexConfig limits(int maxQueryLength, int perMinute, int burst, boolean trustForwardedFor) {
        return RunningServer.testConfig(Paths.content(), temp).with(Setting.SEMANTIC, false)
                .with(Setting.MAX_QUERY_LENGTH, maxQueryLength).with(Setting.RATE_PER_MINUTE, perMinute)
                .with(Setting.RATE_BURST, burst).with(Setting.SEARCH_TIMEOUT_MS, 1000)
                .with(Setting.TRUST_FORWARDED_FOR, trustForwardedFor);
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfterAndProbesStillAnswer() throws Exception {
        try (RunningServer server = RunningServer.start(limits(200, 60, 5, false))) {
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
        try (RunningServer server = RunningServer.start(limits(20, 0, 1, false))) {
            assertEquals(200, server.search("a".repeat(20), "").status());
            RunningServer.Reply tooLong = server.search("a".repeat(21), "");
            assertEquals(400, tooLong.status());
            assertTrue(tooLong.body().get("error").asText().contains("at most 20"), tooLong.body().toString());
            assertEquals(400, server.post("/api/retrieve", "{\"query\": \"" + "b".repeat(21) + "\"}").status());
        }
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnBudget() throws Exception {
        try (RunningServer server = RunningServer.start(limits(200, 60, 2, true))) {
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
        try (RunningServer server = RunningServer.start(limits(5000, 0, 1, false))) {
            long start = System.nanoTime();
            RunningServer.Reply reply = server.search(words, "");
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(reply.status() == 200 || reply.status() == 400, reply.status() + " " + reply.body());
            assertTrue(ms < 2_000, "took " + ms + " ms");
        }
    }
}
