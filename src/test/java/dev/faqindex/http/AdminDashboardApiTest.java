package dev.faqindex.http;

import static dev.faqindex.testing.CurationContent.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.testing.CurationContent;
import dev.faqindex.testing.RunningServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin dashboard's sign-in and the insights behind it, over HTTP: the admin token opens a session held in an
 * HttpOnly, SameSite=Strict cookie; the cookie reads the insights and their CSV, but a change needs the page's CSRF
 * token and this origin; signing out closes the session; CSV fields that a spreadsheet would run are neutralised.
 */
class AdminDashboardApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    @TempDir
    static Path dir;
    static RunningServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = CurationContent.start(dir, null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theTokenOpensASessionInAStrictHttpOnlyCookie() throws Exception {
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/admin")).GET());
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("name=\"token\""), "the sign-in form");
        assertEquals("no-store", form.headers().firstValue("Cache-Control").orElse(""));

        HttpResponse<String> wrong = signIn("not-the-token", null);
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("That is not the admin token"));
        assertTrue(wrong.headers().firstValue("Set-Cookie").isEmpty());

        assertEquals(403, signIn(CurationContent.ADMIN_TOKEN, "https://elsewhere.example").statusCode());

        HttpResponse<String> signedIn = signIn(CurationContent.ADMIN_TOKEN, null);
        assertEquals(303, signedIn.statusCode());
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"),
                cookie);
        String session = cookie.substring(0, cookie.indexOf(';'));

        HttpResponse<String> dashboard = send(HttpRequest.newBuilder(uri("/admin")).header("Cookie", session).GET());
        Matcher csrf = CSRF.matcher(dashboard.body());
        assertTrue(csrf.find(), "the dashboard carries its CSRF token");
        assertTrue(dashboard.body().contains("/admin/assets/uplot.js"));
        assertTrue(dashboard.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));

        HttpResponse<String> insights = send(HttpRequest.newBuilder(uri("/api/admin/insights")).header("Cookie", session)
                .GET());
        assertEquals(200, insights.statusCode(), insights.body());

        HttpRequest.Builder put = HttpRequest.newBuilder(uri("/api/admin/rules")).header("Cookie", session)
                .PUT(HttpRequest.BodyPublishers.ofString("rules: []"));
        assertEquals(403, send(put).statusCode(), "a change vouched for by the cookie alone is refused");
        assertEquals(403, send(HttpRequest.newBuilder(uri("/api/admin/rules")).header("Cookie", session)
                .header("X-CSRF-Token", csrf.group(1)).header("Origin", "https://elsewhere.example")
                .PUT(HttpRequest.BodyPublishers.ofString("rules: []"))).statusCode());
        assertEquals(200, send(HttpRequest.newBuilder(uri("/api/admin/rules")).header("Cookie", session)
                .header("X-CSRF-Token", csrf.group(1)).PUT(HttpRequest.BodyPublishers.ofString("rules: []")))
                .statusCode());

        assertEquals(403, send(HttpRequest.newBuilder(uri("/admin/sign-out")).header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=wrong"))).statusCode());
        HttpResponse<String> out = send(HttpRequest.newBuilder(uri("/admin/sign-out")).header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf.group(1))));
        assertEquals(303, out.statusCode());
        assertTrue(out.headers().firstValue("Set-Cookie").orElse("").contains("Max-Age=0"));
        assertEquals(401, send(HttpRequest.newBuilder(uri("/api/admin/insights")).header("Cookie", session).GET())
                .statusCode(), "a closed session opens nothing");
    }

    @Test
    void insightsAndTheirCsvNeedTheAdmin() throws Exception {
        assertEquals(401, server.get("/api/admin/insights").status());
        assertEquals(401, server.fetch("GET", "/api/admin/insights/rules.csv").statusCode());
        assertEquals(401, server.get("/api/admin/insights", CurationContent.agent()).status(),
                "an agent token is not the admin's");
        RunningServer.Reply bad = server.get("/api/admin/insights?from=2026-02-10&to=2026-02-01", admin());
        assertEquals(400, bad.status());
        assertEquals(404, server.fetch("GET", "/api/admin/insights/passwords.csv", admin()).statusCode());
    }

    @Test
    void csvFieldsThatASpreadsheetWouldRunAreText() throws Exception {
        for (String typed : List.of("=HYPERLINK(\"http://x.example\")", "+cmd", "@sum, then \"quoted\"")) {
            server.search(typed, "");
        }
        HttpResponse<String> csv = server.fetch("GET", "/api/admin/insights/articles-to-write.csv", admin());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename="));
        String body = csv.body();
        assertTrue(body.startsWith("query,searches,wordings,last_seen\r\n"), body);
        assertFalse(body.contains("\n=") || body.contains(",=") || body.contains("\n+") || body.contains("\n@"), body);
        assertTrue(body.contains("'=hyperlink") && body.contains("'+cmd"), body);
        assertTrue(body.contains("\"'@sum, then \"\"quoted\"\"\""), body);
        JsonNode report = server.get("/api/admin/insights", admin()).body();
        assertTrue(report.get("totals").get("searches").asInt() >= 3);
    }

    private HttpResponse<String> signIn(String token, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/admin/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + RunningServer.encode(token)));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }
}
