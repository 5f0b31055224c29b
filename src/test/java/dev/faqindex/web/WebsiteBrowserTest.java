package dev.faqindex.web;

import static dev.faqindex.testing.HeadlessChrome.typeQuery;
import static dev.faqindex.testing.HeadlessChrome.waitFor;
import static dev.faqindex.testing.HeadlessChrome.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.testing.HeadlessChrome.Browser;
import dev.faqindex.testing.PartnerSite;
import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.SharedServer;
import dev.faqindex.testing.SharedServer.Folder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The search page, article pages and widget in a real headless Chromium, against a real server. */
class WebsiteBrowserTest {

    @Browser
    static ChromeDriver browser;

    @SharedServer(Folder.WEB_FIXTURES)
    static RunningServer server;
    @SharedServer(Folder.WEB_FIXTURES)
    static PartnerSite hostSite;

    @BeforeAll
    static void start() throws Exception {
        hostSite.serve("<!doctype html><html><head><title>Partner site</title></head><body>"
                + "<h1>Partner site</h1><div id=\"help\"></div>"
                + "<script src=\"" + server.baseUrl() + "/widget.js\" data-target=\"#help\" data-limit=\"5\" "
                + "data-placeholder=\"Search our help\"></script></body></html>");
    }

    @Test
    void typingAQueryShowsHighlightedResultsAndPutsItInTheUrl() {
        typeQuery(browser, server.baseUrl(), "seasoning");
        WebElement mark = waitFor(browser).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results .hit .snippet mark, #results .hit mark")));
        assertEquals("seasoning", mark.getText().toLowerCase(java.util.Locale.ROOT));
        WebElement input = browser.findElement(By.id("q"));
        assertEquals("combobox", input.getAttribute("role"));
        assertEquals("suggestions", input.getAttribute("aria-controls"), "the combobox's listbox is the completions");
        // The hits are a list of links, each under its heading: no control nested in another.
        assertEquals("ol", browser.findElement(By.id("results")).getTagName());
        assertFalse(browser.findElements(By.cssSelector("#results .hit h3.hit-title a[href]")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("#results [role]")).isEmpty());
        waitFor(browser).until(ExpectedConditions.urlContains("?q=seasoning"));
    }

    @Test
    void arrowDownAndEnterOpenTheArticleAtTheHitsAnchorWithTheTermMarked() {
        browser.get(server.baseUrl() + "/");
        WebElement input = browser.findElement(By.id("q"));
        input.sendKeys("oven");
        WebElement first = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#hit-0 .hit-title a")));
        String href = first.getAttribute("href");
        String anchor = href.substring(href.indexOf('#') + 1);
        // Completions from /api/suggest, when there are any, come first; the down arrow walks past them into the hits.
        for (int i = 0; i < 10 && !first.equals(browser.switchTo().activeElement()); i++) {
            new Actions(browser).sendKeys(Keys.ARROW_DOWN).perform();
        }
        assertEquals(first, browser.switchTo().activeElement(), "the first hit's link has the focus");
        assertNull(input.getAttribute("aria-activedescendant"));
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitFor(browser).until(ExpectedConditions.urlContains("/articles/cast-iron-care"));
        assertEquals("#" + anchor, script("return location.hash"));
        WebElement target = waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id(anchor)));
        WebElement marked = waitFor(browser).until(ExpectedConditions.presenceOfNestedElementLocatedBy(target, By.tagName("mark")));
        assertEquals("oven", marked.getText().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void arrowsWalkTheHitsAndEscapeComesBackToTheBoxThenClearsIt() {
        browser.get(server.baseUrl() + "/?q=seasoning");
        WebElement input = browser.findElement(By.id("q"));
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("hit-1")));
        List<WebElement> links = browser.findElements(By.cssSelector("#results .hit-title a"));
        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(0), browser.switchTo().activeElement());
        new Actions(browser).sendKeys(Keys.ARROW_DOWN).perform();
        assertEquals(links.get(1), browser.switchTo().activeElement());
        new Actions(browser).sendKeys(Keys.ARROW_UP, Keys.ARROW_UP).perform();
        assertEquals(input, browser.switchTo().activeElement(), "up from the first hit is the box");
        new Actions(browser).sendKeys(Keys.ARROW_DOWN, Keys.ESCAPE).perform();
        assertEquals(input, browser.switchTo().activeElement(), "Escape in the hits comes back to the box");
        assertEquals("seasoning", input.getAttribute("value"), "with the search kept");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waitFor(browser).until(d -> "".equals(input.getDomProperty("value")));
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("intro")));
        assertEquals("false", input.getAttribute("aria-expanded"));
    }

    @Test
    void aQueryWithNoMatchesShowsAHelpfulEmptyState() {
        browser.get(server.baseUrl() + "/?q=zzyzx+qwxv");
        WebElement empty = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("empty")));
        assertTrue(empty.getText().contains("No results for"), empty.getText());
    }

    @Test
    void markupInContentIsShownAsTextAndNeverRuns() {
        browser.get(server.baseUrl() + "/?q=" + RunningServer.encode("kettle descaling routine"));
        WebElement hit = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results .hit.faq, #results .hit")));
        waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "onerror="));
        assertNull(script("return window.__pwned"));

        WebElement toggle = waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#results .expand")));
        toggle.click();
        // The answer shows "Loading…" until its text arrives; wait for the text, not the placeholder.
        WebElement answer = waitFor(browser).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results .answer[data-loaded] p")));
        waitFor(browser).until(ExpectedConditions.textToBePresentInElement(answer, "<script>window.__pwned=1</script>"));
        assertTrue(answer.getText().contains("onerror=\"window.__pwned=1\""), answer.getText());
        assertNull(script("return window.__pwned"));
        assertTrue(hit.isDisplayed());

        browser.get(server.baseUrl() + "/articles/hostile-notes?q=" + RunningServer.encode("script"));
        WebElement article = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article")));
        assertTrue(article.getText().contains("<script>window.__pwned=1</script>"), article.getText());
        assertTrue(article.getText().contains("<img src=x onerror=\"window.__pwned=1\">"), article.getText());
        assertTrue(browser.findElements(By.cssSelector("article img, article script")).isEmpty());
        assertNull(script("return window.__pwned"));
    }

    @Test
    void anUnknownArticleGetsAFriendlyPage() {
        browser.get(server.baseUrl() + "/articles/no-such-article");
        WebElement heading = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertTrue(heading.getText().contains("couldn't find"), heading.getText());
        assertFalse(browser.findElements(By.cssSelector(".not-found input[name=q]")).isEmpty());
    }

    @Test
    void theWidgetSearchesFromAPageOnAnotherOrigin() {
        browser.get(hostSite.origin() + "/");
        WebElement widgetHost = widget(browser);
        SearchContext shadow = widgetHost.getShadowRoot();
        WebElement input = shadow.findElement(By.cssSelector("input[type=search]"));
        assertEquals("Search our help", input.getAttribute("placeholder"));
        input.sendKeys("seasoning");
        WebElement link = waitFor(browser).until(d -> {
            List<WebElement> links = shadow.findElements(By.cssSelector("li a"));
            return links.isEmpty() ? null : links.getFirst();
        });
        assertTrue(link.getAttribute("href").startsWith(server.baseUrl() + "/articles/cast-iron-care"),
                link.getAttribute("href"));
        assertFalse(shadow.findElements(By.cssSelector(".snippet mark")).isEmpty());
        List<String> where = shadow.findElements(By.cssSelector("li .crumbs")).stream()
                .map(WebElement::getText).toList();
        assertFalse(where.isEmpty(), "rows say which article they are from");
        assertTrue(where.stream().allMatch(crumbs -> crumbs.startsWith("Caring for a Cast-Iron Pan")),
                where.toString());
    }

    @Test
    void aClickInTheWidgetReachesTheAnalyticsAsJsonAcrossOrigins() throws Exception {
        long before = feedbackRecorded();
        browser.get(hostSite.origin() + "/");
        SearchContext shadow = widget(browser).getShadowRoot();
        shadow.findElement(By.cssSelector("input[type=search]")).sendKeys("seasoning");
        WebElement link = waitFor(browser).until(d -> {
            List<WebElement> links = shadow.findElements(By.cssSelector("li a"));
            return links.isEmpty() ? null : links.getFirst();
        });
        link.click();
        waitFor(browser).until(d -> d.getCurrentUrl().startsWith(server.baseUrl() + "/articles/"));
        waitFor(browser).until(d -> feedbackRecorded() > before);
    }

    /** Feedback the server recorded (202), as its metrics count it. */
    private static long feedbackRecorded() {
        try {
            String metrics = server.fetch("GET", "/metrics").body();
            Matcher count = Pattern.compile(
                    "faqindex_http_requests_total\\{endpoint=\"/api/feedback\",method=\"POST\",status=\"202\"} (\\S+)")
                    .matcher(metrics);
            return count.find() ? (long) Double.parseDouble(count.group(1)) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSnippetSanitiserAcceptsOnlyEscapedTextAndBalancedMarks() {
        browser.get(server.baseUrl() + "/");
        Object verdicts = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/assets/snippets.js').then((m) => {
                  const unbalanced = m.snippetFragment('<mark>back &amp; pain');
                  done(['a <mark>b</mark> &amp; c', '<mark>a</mark> <mark>b</mark>', '<mark>a', 'a</mark>',
                    '<mark><mark>a</mark></mark>', '<b>a</b>', 'a &unknown; b'].map(m.isSafeSnippet)
                    .concat([unbalanced.textContent, unbalanced.querySelector('mark') === null]));
                });""");
        assertEquals(List.of(true, true, false, false, false, false, false, "back &amp; pain", true), verdicts);
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }
}
