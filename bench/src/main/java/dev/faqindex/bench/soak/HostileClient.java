package dev.faqindex.bench.soak;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * One hostile client, of one {@link Kind}, as fast as the server answers it. All but the flood come from a new
 * loopback address at every request (thousands of clients, each within its rate budget, as a botnet would), so they
 * reach the server's handlers instead of its rate limit; the flood comes from one address and meets the limit.
 */
final class HostileClient implements Runnable {

    /** What a hostile client does. */
    enum Kind {
        /** Made-up HTTP methods of 50 to 250 letters, on known and unknown paths. */
        METHODS,
        /** MCP {@code initialize} calls with 50 KB client names (sessions never closed), malformed messages, other
         * origins, tool calls with arguments that are not an object. */
        MCP,
        /** Bodies over the size limit, JSON as text/plain, method overrides, 60 KB query strings, long unknown
         * paths. */
        BODIES,
        /** Searches from one address without pause: the rate limit answers. */
        FLOOD
    }

    private static final List<String> PATHS = List.of("/api/search?q=back", "/mcp", "/articles/x", "/", "/nope",
            "/api/retrieve", "/content/a.png");

    private final Kind kind;
    private final RawHttp http;
    private final Tally tally;
    private final BooleanSupplier running;
    private final Random random;

    HostileClient(Kind kind, RawHttp http, Tally tally, BooleanSupplier running) {
        this.kind = kind;
        this.http = http;
        this.tally = tally;
        this.running = running;
        this.random = new Random(kind.ordinal());
    }

    @Override
    public void run() {
        for (int i = 0; running.getAsBoolean(); i++) {
            InetAddress from = kind == Kind.FLOOD ? LoopbackAddresses.of(20, 0)
                    : LoopbackAddresses.of(10 + kind.ordinal(), i);
            String name = "hostile " + kind.name().toLowerCase();
            try {
                tally.add(name, Integer.toString(send(i, from)));
            } catch (IOException e) {
                tally.add(name, "no answer: " + e.getClass().getSimpleName());
            }
        }
    }

    private int send(int i, InetAddress from) throws IOException {
        return switch (kind) {
            case METHODS -> http.send(from, letters(50 + random.nextInt(200)), PATHS.get(i % PATHS.size()),
                    new byte[0]);
            case MCP -> mcp(i, from);
            case BODIES -> bodies(i, from);
            case FLOOD -> http.send(from, "GET", "/api/search?q=back+" + (i % 50), new byte[0]);
        };
    }

    private int mcp(int i, InetAddress from) throws IOException {
        String json = "Content-Type: application/json";
        String accept = "Accept: application/json, text/event-stream";
        return switch (i % 4) {
            case 0, 1 -> http.send(from, "POST", "/mcp", bytes("{\"jsonrpc\":\"2.0\",\"id\":1,"
                    + "\"method\":\"initialize\","
                    + "\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\""
                    + letters(50_000) + "\",\"version\":\"1\"}}}"), json, accept);
            case 2 -> http.send(from, "POST", "/mcp", bytes("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\","
                    + "\"params\":{\"name\":\"search_knowledge_base\",\"arguments\":\"" + letters(100) + "\"}}"),
                    json, accept, "Mcp-Session-Id: " + letters(36));
            default -> http.send(from, "POST", "/mcp",
                    bytes("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\"}"),
                    json, accept, "Origin: http://" + letters(12) + ".example");
        };
    }

    private int bodies(int i, InetAddress from) throws IOException {
        return switch (i % 5) {
            case 0 -> http.send(from, "POST", "/api/retrieve", bytes("{\"query\":\"" + letters(200_000) + "\"}"),
                    "Content-Type: application/json", "Expect: 100-continue");
            case 1 -> http.send(from, "POST", "/api/feedback", bytes("{\"query\":\"x\",\"id\":\"y\"}"),
                    "Content-Type: text/plain");
            case 2 -> http.send(from, "POST", "/api/search?q=back", new byte[0], "X-HTTP-Method-Override: GET");
            case 3 -> http.send(from, "GET", "/api/search?q=" + letters(60_000), new byte[0]);
            default -> http.send(from, "GET", "/" + letters(2_000) + "/" + letters(200), new byte[0]);
        };
    }

    private String letters(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('A' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
