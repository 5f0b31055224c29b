package dev.faqindex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.SharedServer;
import dev.faqindex.testing.SharedServer.Folder;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The website's HTTP side without a browser: pages, headers, escaping, 404s and the CORS allow-list. */
class WebsiteTest {

    static final String PARTNER = SharedServer.PARTNER_ORIGIN;

    @SharedServer(Folder.WEB_FIXTURES)
    static RunningServer server;

    @Test
    void searchPageIsServedWithSecurityHeaders() throws Exception {
        HttpResponse<String> page = server.fetch("GET", "/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(page.body().contains("role=\"combobox\""));
    }

    @Test
    void articlePageEscapesContentAndAnchorsEveryHeading() throws Exception {
        HttpResponse<String> page = server.fetch("GET", "/articles/hostile-notes");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Security-Policy").isPresent());
        String body = page.body();
        assertFalse(body.contains("<script>window"), body);
        assertFalse(body.contains("<img"), body);
        assertTrue(body.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"), body);
        assertTrue(body.contains("id=\"pasted-markup\""), body);
        assertTrue(body.contains("id=\"does-the-kettle-descaling-routine-run-scripts\""), body);
    }

    @Test
    void everyHitUrlLandsOnAnElementOfItsArticlePage() throws Exception {
        for (String q : List.of("seasoning", "oven", "kettle", "rust")) {
            for (var hit : server.search(q, "&limit=50").body().get("hits")) {
                String url = hit.get("url").asText();
                if (!url.startsWith("/articles/")) {
                    continue;
                }
                String anchor = url.substring(url.indexOf('#') + 1);
                String page = server.fetch("GET", url.substring(0, url.indexOf('#'))).body();
                assertTrue(page.contains("id=\"" + anchor + "\""), url);
            }
        }
    }

    @Test
    void splitSectionsShareOneHeading() throws Exception {
        String page = server.fetch("GET", "/articles/cast-iron-care").body();
        assertEquals(page.indexOf("<h2>Cleaning After Cooking</h2>"), page.lastIndexOf("<h2>Cleaning After Cooking</h2>"));
        assertTrue(page.indexOf("<h2>Seasoning</h2>") < page.indexOf("<h3>Oven Method</h3>"), page);
    }

    @Test
    void unknownArticleIsAFriendlyHtml404() throws Exception {
        HttpResponse<String> page = server.fetch("GET", "/articles/%3Cscript%3Enope");
        assertEquals(404, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("couldn&#39;t find"), page.body());
        assertFalse(page.body().contains("<script>nope"), page.body());
    }

    @Test
    void unknownApiEndpointIsStillJson() throws Exception {
        HttpResponse<String> reply = server.fetch("GET", "/api/nope");
        assertEquals(404, reply.statusCode());
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").contains("json"));
    }

    @Test
    void onlyListedOriginsGetCorsHeaders() throws Exception {
        HttpResponse<String> allowed = server.fetch("GET", "/api/search?q=oven", "Origin", PARTNER);
        assertEquals(PARTNER, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<String> other = server.fetch("GET", "/api/search?q=oven", "Origin", "https://evil.example");
        assertEquals(200, other.statusCode());
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());

        HttpResponse<String> preflight = server.fetch("OPTIONS", "/api/search?q=oven",
                "Origin", PARTNER, "Access-Control-Request-Method", "GET");
        assertEquals(204, preflight.statusCode());
        assertEquals(PARTNER, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
        HttpResponse<String> refused = server.fetch("OPTIONS", "/api/search",
                "Origin", "https://evil.example", "Access-Control-Request-Method", "GET");
        assertTrue(refused.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void widgetScriptIsServedAsJavaScript() throws Exception {
        HttpResponse<String> script = server.fetch("GET", "/widget.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(script.body().contains("attachShadow"));
    }
}
