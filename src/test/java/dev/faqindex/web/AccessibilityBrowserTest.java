package dev.faqindex.web;

import static dev.faqindex.testing.AccessibilityAudit.assertNoViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faqindex.testing.AccessibilityAudit;
import dev.faqindex.testing.HeadlessChrome;
import dev.faqindex.testing.PartnerSite;
import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.SharedServer;
import dev.faqindex.testing.SharedServer.Folder;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core finds no violation of WCAG 2.1 A/AA (nor of its best practices) on every page and state of the website
 * and the widget, over the seed article, in the light and the dark color scheme.
 */
class AccessibilityBrowserTest {

    @TempDir
    static Path temp;

    @SharedServer(Folder.SEED)
    static RunningServer server;
    @SharedServer(Folder.SEED)
    static PartnerSite hostSite;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChrome.assumeInstalled();
        browser = HeadlessChrome.start(temp.resolve("profile"), 1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String scheme, String url) {
        browser.get("about:blank");
        AccessibilityAudit.emulate(browser, scheme, false);
        browser.get(url);
        assertEquals(scheme.equals("dark"), browser.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches"),
                "the page sees the emulated color scheme");
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void theSearchPageBeforeASearch(String scheme) {
        open(scheme, server.baseUrl() + "/");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("intro")));
        assertNoViolations(browser, "the search page before a search, " + scheme);
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void resultsAndTheFirstHitFocused(String scheme) {
        open(scheme, server.baseUrl() + "/?q=hamstring+stretch");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("hit-0")));
        assertNoViolations(browser, "results for 'hamstring stretch', " + scheme);
        browser.findElement(By.id("q")).sendKeys(Keys.ARROW_DOWN);
        waitFor().until(d -> browser.findElement(By.cssSelector("#hit-0 .hit-title a")).equals(browser.switchTo().activeElement()));
        assertNoViolations(browser, "results with the first hit focused, " + scheme);
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void aQuickAnswerAndAnExpandedFaqAnswer(String scheme) {
        open(scheme, server.baseUrl() + "/?q=" + RunningServer.encode("should i stretch before or after a workout"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#quick-answer:not(.no-answer) .quick-answer-text")));
        assertNoViolations(browser, "the answer card, " + scheme);
        waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#results .expand"))).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results .answer[data-loaded]")));
        assertNoViolations(browser, "an FAQ answer expanded in its hit, " + scheme);
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void noDirectAnswerDidYouMeanAndNoResults(String scheme) {
        open(scheme, server.baseUrl() + "/?q=" + RunningServer.encode("how do i reset my password"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#quick-answer.no-answer")));
        assertNoViolations(browser, "no direct answer, " + scheme);

        open(scheme, server.baseUrl() + "/?q=" + RunningServer.encode("streching before a workout"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#did-you-mean a")));
        assertNoViolations(browser, "did you mean, " + scheme);

        open(scheme, server.baseUrl() + "/?q=" + RunningServer.encode("zzyzx qwxv"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("empty")));
        assertNoViolations(browser, "no results, " + scheme);
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void completionsOpenUnderTheBox(String scheme) {
        open(scheme, server.baseUrl() + "/");
        browser.findElement(By.id("q")).sendKeys("stret");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions [role=option]")));
        browser.findElement(By.id("q")).sendKeys(Keys.ARROW_DOWN);
        waitFor().until(ExpectedConditions.attributeToBe(By.id("suggestion-0"), "aria-selected", "true"));
        assertNoViolations(browser, "completions open, " + scheme);
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void anArticleReachedFromASearchAndTheNotFoundPage(String scheme) {
        open(scheme, server.baseUrl() + "/articles/lower-back-pain-during-exercise?q=stretch");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article mark")));
        assertNoViolations(browser, "an article with the search's words marked, " + scheme);

        open(scheme, server.baseUrl() + "/articles/no-such-article");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertNoViolations(browser, "the not-found page, " + scheme);
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void theWidgetOpenWithAnAnswerResultsAndNothingFound(String scheme) {
        hostSite.serveWidgetPage(server.baseUrl());
        open(scheme, hostSite.origin() + "/");
        WebElement host = waitFor().until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#help .faq-index-widget")));
        SearchContext shadow = host.getShadowRoot();
        WebElement input = shadow.findElement(By.cssSelector("input"));
        assertNoViolations(browser, "the widget closed, " + scheme);

        input.sendKeys("should i stretch before or after a workout");
        waitFor().until(d -> !shadow.findElements(By.cssSelector(".answer")).isEmpty()
                && !shadow.findElements(By.cssSelector("li a")).isEmpty());
        input.sendKeys(Keys.ARROW_DOWN);
        waitFor().until(d -> shadow.findElement(By.cssSelector(".answer a"))
                .equals(browser.executeScript("return arguments[0].shadowRoot.activeElement", host)));
        assertNoViolations(browser, "the widget with an answer and results, its first link focused, " + scheme);

        input.clear();
        input.sendKeys("how do i reset my password");
        waitFor().until(d -> shadow.findElements(By.cssSelector(".answer")).isEmpty()
                && !shadow.findElements(By.cssSelector("li a")).isEmpty());
        assertNoViolations(browser, "the widget with no direct answer, " + scheme);

        input.clear();
        input.sendKeys("zzyzx qwxv");
        waitFor().until(d -> shadow.findElements(By.cssSelector("li a")).isEmpty()
                && !shadow.findElements(By.cssSelector(".note")).isEmpty());
        assertNoViolations(browser, "the widget finding nothing, " + scheme);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }
}
