package dev.faqindex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.config.Setting;
import dev.faqindex.testing.HeadlessChrome;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.RunningServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the search page tells the analytics, in a real headless Chromium: a query typed in steps counts as one
 * search, expanding an FAQ answer counts as opening it, "Yes" marks it helpful, and opening a hit counts a click.
 */
class SearchFeedbackBrowserTest {

    private static final String TOKEN = "browser-feedback-token-0123456789";

    @TempDir
    Path temp;

    @Test
    void typingExpandingJudgingAndOpeningReachTheAnalytics() throws Exception {
        HeadlessChrome.assumeInstalled();
        try (RunningServer server = RunningServer.start(RunningServer.testConfig(Paths.fixtures("web"),
                temp.resolve("index")).with(Setting.ADMIN_TOKEN, TOKEN)
                .with(Setting.ANALYTICS_DIR, temp.resolve("analytics")).with(Setting.ANALYTICS_RETENTION_DAYS, 30)
                .with(Setting.SEMANTIC, false))) {
            HeadlessChrome.browse(temp.resolve("profile"), 1280, 900, browser -> {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
                browser.get(server.baseUrl() + "/");
                WebElement input = browser.findElement(By.id("q"));
                input.sendKeys("soap");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hit-0")));
                input.sendKeys(" cast iron");
                wait.until(ExpectedConditions.urlContains("soap+cast+iron"));
                WebElement toggle = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#results .expand")));
                toggle.click();
                WebElement yes = wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#results .helpful button[data-kind=helpful]")));
                yes.click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#results .helpful"),
                        "Thank you"));
                browser.findElement(By.cssSelector("#hit-0 .hit-title")).click();
                wait.until(ExpectedConditions.urlContains("/articles/cast-iron-care"));

                JsonNode report = wait.until(d -> {
                    JsonNode body = report(server);
                    return body.at("/totals/clicks").asInt() >= 2 ? body : null;
                });
                assertEquals(1, report.at("/totals/searches").asInt(), "typing in steps is one search: " + report);
                assertEquals("soap cast iron", report.at("/topQueries/0/query").asText());
                assertEquals(2, report.at("/totals/clicks").asInt(), "expanding the answer, then opening the hit");
                assertEquals(1, report.at("/totals/helpful").asInt());
                assertTrue(report.at("/topChunks/0/id").asText().startsWith("cast-iron-care:"), report.toString());
            });
        }
    }

    private static JsonNode report(RunningServer server) {
        try {
            return server.get("/api/admin/analytics", "Authorization", "Bearer " + TOKEN).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
