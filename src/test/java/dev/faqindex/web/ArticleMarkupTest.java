package dev.faqindex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.testing.HeadlessChrome;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.RunningServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Article pages of our Markdown fixtures as the server renders them: code, tables, links to other article pages,
 * images served from the content folder, callouts, lists and definition lists; raw HTML sanitised; in a real
 * browser the image loads under the page's security policy and no script from content runs.
 */
class ArticleMarkupTest {

    @TempDir
    static Path temp;

    static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(Paths.fixtures("markup"), temp.resolve("index"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void rendersTheBlockModelFaithfully() throws Exception {
        HttpResponse<String> page = server.fetch("GET", "/articles/hugo/guides/brewing");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<pre><code class=\"language-go-html-template\">{{&lt; figure src=&quot;cup.png&quot; "
                + "&gt;}}\n{{ partial &quot;card.html&quot; . }}\n# Not a heading</code></pre>"), html);
        String flat = html.replace("\n", "");
        assertTrue(html.contains("<th class=\"align-center\">Temperature</th>"), html);
        assertTrue(html.contains("<a href=\"/articles/hugo\">section page</a>"), html);
        assertTrue(html.contains("<figure><img src=\"/content/hugo/guides/leaves.png\" alt=\"Rolled green tea leaves\""),
                html);
        assertTrue(html.contains("<figcaption>Leaves before the first infusion</figcaption>"), html);
        assertTrue(flat.contains("<aside class=\"callout callout-note\" role=\"note\"><p class=\"callout-title\">Note</p>"),
                html);
        assertTrue(flat.contains("<ol><li>Boil the water.</li><li>Pour it into an empty cup.</li>"), html);
        assertTrue(flat.contains("<dl><dt>Steep</dt><dd>Leave the leaves in the water.</dd>"), html);
        assertTrue(html.contains("<section id=\"water-temp\""), "the heading's {#id} is its anchor");
        assertFalse(html.contains("{#water-temp}"), html);
    }

    @Test
    void formerAddressesRedirectPermanentlyToTheirPages() throws Exception {
        for (String[] move : List.of(
                new String[] {"/tea/", "/articles/hugo"},
                new String[] {"/old/tea-guides", "/articles/hugo"},
                new String[] {"/green-tea/?from=mail", "/articles/hugo/guides/brewing?from=mail"},
                new String[] {"/kettle", "/articles/jekyll/kettle-guide"},
                new String[] {"/articles/guides/kettle", "/articles/jekyll/kettle-guide"},
                new String[] {"/articles/tea/oolong-basics/", "/articles/toml/oolong"})) {
            HttpResponse<String> moved = server.fetch("GET", move[0]);
            assertEquals(301, moved.statusCode(), move[0]);
            assertEquals(move[1], moved.headers().firstValue("Location").orElse(""), move[0]);
        }
        assertEquals(404, server.fetch("GET", "/no/such/page").statusCode());
        assertEquals(404, server.fetch("GET", "/articles/no-such-page").statusCode());
        HttpResponse<String> api = server.fetch("GET", "/api/tea");
        assertEquals(404, api.statusCode(), "an API path is never an old page address");
        assertTrue(api.body().contains("no such endpoint"), api.body());
    }

    @Test
    void servesMediaFromTheContentFolderOnly() throws Exception {
        HttpResponse<String> image = server.fetch("GET", "/content/hugo/guides/leaves.png");
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
        for (String path : List.of("/content/hugo/guides/brewing.md", "/content/../pom.xml",
                "/content/%2e%2e/%2e%2e/pom.xml", "/content/hugo/guides/missing.png", "/content/.hidden.png")) {
            HttpResponse<String> refused = server.fetch("GET", path);
            assertTrue(refused.statusCode() == 404 || refused.statusCode() == 400, path + " " + refused.statusCode());
        }
    }

    @Test
    void rawHtmlIsSanitisedAndScriptUrlsDropped() throws Exception {
        String html = server.fetch("GET", "/articles/github/alerts").body();
        assertTrue(html.contains("<details><summary>Why not glass jars?</summary>"), html);
        assertFalse(html.contains("<script>window") || html.contains("onclick") || html.contains("javascript:"), html);
        assertTrue(html.contains("<ol start=\"4\">"), html);
        assertTrue(html.contains("<del>never</del>") && html.contains("<code>date opened</code>"), html);
    }

    @Test
    void inABrowserTheImageLoadsAndNoContentScriptRuns() throws Exception {
        HeadlessChrome.browse(temp.resolve("profile"), 1100, 900, browser -> {
            browser.get(server.baseUrl() + "/articles/hugo/guides/brewing");
            WebElement image = browser.findElement(By.cssSelector("figure img"));
            // Waits for the image's own load or error event rather than reading it straight after the page loads.
            Object width = browser.executeAsyncScript("""
                    const img = arguments[0], done = arguments[arguments.length - 1];
                    if (img.complete) { done(img.naturalWidth); return; }
                    img.addEventListener('load', () => done(img.naturalWidth));
                    img.addEventListener('error', () => done(0));""", image);
            assertEquals(40L, width, "the image loads from /content/ under the page's security policy");
            assertEquals("Note", browser.findElement(By.cssSelector("aside.callout-note .callout-title")).getText());
            browser.get(server.baseUrl() + "/articles/github/alerts");
            assertEquals(null, browser.executeScript("return window.__pwned === undefined ? null : 'ran';"));
        });
    }
}
