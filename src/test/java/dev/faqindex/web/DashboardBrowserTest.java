package dev.faqindex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.testing.AccessibilityAudit;
import dev.faqindex.testing.CurationContent;
import dev.faqindex.testing.HeadlessChrome;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin dashboard in a real headless Chromium, over analytics written by real searches and clicks made through
 * the API in the test: signing in (a wrong token refused, the session cookie out of the page's reach), the charts
 * drawn by uPlot from the days, the searches that found nothing grouped by meaning, and a table downloaded as CSV;
 * axe-core finds no WCAG 2.1 A/AA or best-practice violation on the sign-in and the dashboard (light and dark).
 * With {@code -Dscreenshots=true} it also writes {@code docs/screenshot-dashboard.png}.
 */
class DashboardBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RULES = """
            rules:
              - id: cancel help first
                query: cancel
                pin: [{id: "billing:how-do-i-cancel-my-subscription", position: 1}]
            """;

    @TempDir
    Path temp;

    @Test
    void signInChartsGroupedSearchesAndCsv() throws Exception {
        HeadlessChrome.assumeInstalled();
        try (RunningServer server = CurationContent.start(temp, RULES)) {
            searchAsPeopleDo(server);
            JsonNode report = server.get("/api/admin/insights", CurationContent.admin()).body();
            long searches = report.at("/totals/searches").asLong();
            assertEquals(15, searches, report.at("/totals").toString());

            Path downloads = Files.createDirectories(temp.resolve("downloads"));
            HeadlessChrome.browse(temp.resolve("profile"), 1280, 1000, browser -> {
                browser.executeCdpCommand("Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
                // Signing in and refreshing replace the page: a body found just before that goes stale, so the wait looks again.
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                wait.ignoring(StaleElementReferenceException.class);
                browser.get(server.baseUrl() + "/admin");
                browser.findElement(By.id("token")).sendKeys("not-the-admin-token");
                browser.findElement(By.cssSelector(".sign-in-form button")).click();
                assertEquals("That is not the admin token.",
                        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")))
                                .getText());
                AccessibilityAudit.assertNoViolations(browser, "the dashboard's sign-in with a wrong token");
                browser.findElement(By.id("token")).sendKeys(CurationContent.ADMIN_TOKEN);
                browser.findElement(By.cssSelector(".sign-in-form button")).click();
                wait.until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-loaded") != null);
                assertFalse(String.valueOf(browser.executeScript("return document.cookie"))
                        .contains(CurationContent.ADMIN_TOKEN.substring(0, 4)), "no token in page-readable cookies");
                assertFalse(String.valueOf(browser.executeScript("return document.cookie")).contains("faq_index_admin"),
                        "the session cookie is HttpOnly");

                assertEquals(String.valueOf(searches), browser.findElement(By.cssSelector("#tiles div dd")).getText());
                for (String chart : List.of("searches", "zero-rate", "abstained", "clicks-per-search")) {
                    WebElement figure = browser.findElement(By.id("chart-" + chart));
                    assertEquals("30", figure.getDomAttribute("data-points"), chart);
                    Number width = (Number) browser.executeScript(
                            "const c = arguments[0].querySelector('canvas'); return c ? c.width : 0", figure);
                    assertTrue(width.intValue() > 300, chart + " drawn on a canvas");
                }
                assertTrue(browser.findElement(By.cssSelector("#chart-searches .u-legend")).getText()
                        .contains("Searches"));
                Number drawn = (Number) browser.executeScript("""
                        const c = document.querySelector('#chart-searches canvas');
                        const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                        let ink = 0;
                        for (let i = 0; i < px.length; i += 4) if (px[i + 3] > 0 && px[i + 2] > 150 && px[i] < 100) ink++;
                        return ink;""");
                assertTrue(drawn.intValue() > 50, "the searches line is drawn in its colour: " + drawn);

                List<WebElement> groups = browser.findElements(By.cssSelector("#table-articles-to-write tbody tr"));
                assertEquals(3, groups.size(), "three missing answers, however worded");
                List<WebElement> first = groups.getFirst().findElements(By.tagName("td"));
                assertEquals("gift card balance", first.get(0).getText());
                assertEquals("7", first.get(1).getText());
                for (String wording : List.of("check gift card balance", "gift card value left",
                        "gift card funds remaining", "remaining gift card credit")) {
                    assertTrue(first.get(2).getText().contains(wording), wording);
                }
                List<WebElement> second = groups.get(1).findElements(By.tagName("td"));
                assertEquals("change email address", second.get(0).getText());
                assertEquals("3", second.get(1).getText());
                assertTrue(browser.findElement(By.id("table-rules")).getText().contains("cancel help first"));
                assertTrue(browser.findElement(By.id("table-top-answers")).getText().contains("Why does my whiteboard"));
                assertTrue(browser.findElement(By.id("table-no-click")).getText().contains("dry cloth"));
                assertTrue(browser.findElement(By.id("table-undated")).getText().contains("Refund escalation macro"));

                WebElement link = browser.findElement(By.cssSelector("#block-articles-to-write a.csv"));
                link.click();
                Path csv = wait.until(d -> finished(downloads).orElse(null));
                String text = Files.readString(csv);
                assertTrue(text.startsWith("query,searches,wordings,last_seen"), text);
                assertTrue(text.contains("gift card balance,7,gift card balance | "), text);
                AccessibilityAudit.assertNoViolations(browser, "the dashboard, light");
                AccessibilityAudit.emulate(browser, "dark", false);
                browser.navigate().refresh();
                wait.until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-loaded") != null);
                AccessibilityAudit.assertNoViolations(browser, "the dashboard, dark");
                AccessibilityAudit.emulate(browser, "light", false);

                if (Boolean.getBoolean("screenshots")) {
                    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1280,
                            "height", 1700, "deviceScaleFactor", 1, "mobile", false));
                    browser.navigate().refresh();
                    wait.until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-loaded") != null);
                    browser.executeScript("window.scrollTo(0, 0)");
                    Path out = Paths.project().resolve("docs/screenshot-dashboard.png");
                    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), out,
                            StandardCopyOption.REPLACE_EXISTING);
                }
            });
        }
    }

    /** Real searches and clicks through the API, as readers and a chatbot make them. */
    private static void searchAsPeopleDo(RunningServer server) throws Exception {
        for (String query : List.of("gift card balance", "gift card balance", "gift card balance",
                "check gift card balance", "gift card value left", "gift card funds remaining",
                "remaining gift card credit", "change email address", "change email address",
                "update email address", "gift wrapping")) {
            JsonNode page = server.search(query, "&mode=lexical").body();
            assertEquals(0, page.get("total").asInt(), query + " finds nothing here");
        }
        JsonNode ghosting = server.search("whiteboard ghosting", "").body();
        String opened = ghosting.at("/hits/0/id").asText();
        server.post("/api/feedback", JSON.writeValueAsString(Map.of("query", "whiteboard ghosting", "id", opened,
                "position", 1)));
        server.search("cancel my subscription", "");
        server.search("dry cloth", "&mode=lexical");
        server.post("/api/retrieve", "{\"query\": \"can I get my money back\"}");
    }

    private static Optional<Path> finished(Path downloads) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".csv")).findFirst();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
