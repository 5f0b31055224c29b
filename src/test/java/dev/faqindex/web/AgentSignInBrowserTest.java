package dev.faqindex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.testing.CurationContent;
import dev.faqindex.testing.HeadlessChrome;
import dev.faqindex.testing.RunningServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A support agent on the search page, in a real headless Chromium: before signing in a word found only in internal
 * notes finds nothing; a wrong token is refused; with the agent token the same search finds the internal page marked
 * Internal, and its article page opens from the result; after signing out the page is the public's again, and the
 * article page is gone.
 */
class AgentSignInBrowserTest {

    @TempDir
    Path temp;

    @Test
    void anAgentSignsInSeesInternalHitsMarkedOpensThemAndSignsOut() throws Exception {
        HeadlessChrome.assumeInstalled();
        try (RunningServer server = CurationContent.start(temp, null)) {
            HeadlessChrome.browse(temp.resolve("profile"), 1200, 900, browser -> {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                browser.get(server.baseUrl() + "/?q=zorblatt");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("empty")));
                assertTrue(browser.findElements(By.cssSelector("#results .hit")).isEmpty(), "the public finds nothing");

                browser.findElement(By.cssSelector("#agent summary")).click();
                browser.findElement(By.id("agent-token")).sendKeys("not-an-agent-token-at-all");
                browser.findElement(By.cssSelector("#agent-form button")).click();
                wait.until(ExpectedConditions.textToBe(By.id("agent-message"), "That is not an agent token."));
                assertEquals("", browser.executeScript("return sessionStorage.getItem('faq-index-agent') ?? ''"));

                browser.findElement(By.id("agent-token")).clear();
                browser.findElement(By.id("agent-token")).sendKeys(CurationContent.AGENT_TOKEN);
                browser.findElement(By.cssSelector("#agent-form button")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("agent-signed-in")));
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#hit-0 .badge-internal")));
                assertEquals("Internal", browser.findElement(By.cssSelector("#hit-0 .badge-internal"))
                        .getDomProperty("textContent"));
                assertTrue(browser.findElement(By.id("hit-0")).getText().contains("Refund escalation macro"),
                        browser.findElement(By.id("hit-0")).getText());

                browser.findElement(By.cssSelector("#hit-0 .hit-title")).click();
                wait.until(ExpectedConditions.urlContains("/articles/agent-notes"));
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".internal-note")));

                browser.get(server.baseUrl() + "/?q=zorblatt");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#hit-0 .badge-internal")));
                assertTrue(browser.findElement(By.id("agent-signed-in")).isDisplayed(), "still signed in");
                browser.findElement(By.id("agent-sign-out")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("empty")));
                assertTrue(browser.findElement(By.id("agent-form")).isDisplayed());
                assertTrue(browser.findElements(By.cssSelector("#results .hit")).isEmpty(), "public again");

                browser.get(server.baseUrl() + "/articles/agent-notes");
                assertFalse(browser.getPageSource().contains("internal-note"), "the article page is gone");
                assertFalse(browser.getPageSource().contains("zorblatt"));
            });
        }
    }
}
