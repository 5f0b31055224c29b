package dev.faqindex.web;

import static dev.faqindex.testing.HeadlessChrome.blank;
import static dev.faqindex.testing.HeadlessChrome.waitFor;
import static dev.faqindex.testing.HeadlessChrome.widget;
import static dev.faqindex.testing.AccessibilityAudit.assertNoViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faqindex.testing.AccessibilityAudit;
import dev.faqindex.testing.HeadlessChrome.Browser;
import dev.faqindex.testing.PartnerSite;
import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.SharedServer;
import dev.faqindex.testing.SharedServer.Folder;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * axe-core finds no violation of WCAG 2.1 A/AA (nor of its best practices) on every page and state of the website
 * and the widget, over the seed article, in the light and the dark color scheme.
 */
class AccessibilityBrowserTest {

    @Browser
    static ChromeDriver browser;

    @SharedServer(Folder.SEED)
    static RunningServer server;

    /** A test run once in the light and once in the dark color scheme, given as its argument. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    @interface InBothSchemes {
    }

    /** Opens the server's {@code path} in {@code scheme}, waits until {@code shown} shows, and audits that state. */
    private void assertNoViolationsOnceShown(String scheme, String path, By shown, String state) {
        open(scheme, server.baseUrl() + path);
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(shown));
        assertNoViolations(browser, state + ", " + scheme);
    }

    private static String searchFor(String query) {
        return "/?q=" + RunningServer.encode(query);
    }

    private void open(String scheme, String url) {
        blank(browser);
        AccessibilityAudit.emulate(browser, scheme, false);
        browser.get(url);
        assertEquals(scheme.equals("dark"), browser.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches"),
                "the page sees the emulated color scheme");
    }

    @InBothSchemes
    void theSearchPageBeforeASearch(String scheme) {
        assertNoViolationsOnceShown(scheme, "/",
                By.id("intro"), "the search page before a search");
    }

    @InBothSchemes
    void resultsAndTheFirstHitFocused(String scheme) {
        assertNoViolationsOnceShown(scheme, "/?q=hamstring+stretch",
                By.id("hit-0"), "results for 'hamstring stretch'");
        browser.findElement(By.id("q")).sendKeys(Keys.ARROW_DOWN);
        waitFor(browser).until(d -> browser.findElement(By.cssSelector("#hit-0 .hit-title a")).equals(browser.switchTo().activeElement()));
        assertNoViolations(browser, "results with the first hit focused, " + scheme);
    }

    @InBothSchemes
    void aQuickAnswerAndAnExpandedFaqAnswer(String scheme) {
        assertNoViolationsOnceShown(scheme, searchFor("should i stretch before or after a workout"),
                By.cssSelector("#quick-answer:not(.no-answer) .quick-answer-text"), "the answer card");
        waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#results .expand"))).click();
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results .answer[data-loaded]")));
        assertNoViolations(browser, "an FAQ answer expanded in its hit, " + scheme);
    }

    @InBothSchemes
    void noDirectAnswerDidYouMeanAndNoResults(String scheme) {
        assertNoViolationsOnceShown(scheme, searchFor("how do i reset my password"),
                By.cssSelector("#quick-answer.no-answer"), "no direct answer");

        assertNoViolationsOnceShown(scheme, searchFor("streching before a workout"),
                By.cssSelector("#did-you-mean a"), "did you mean");

        assertNoViolationsOnceShown(scheme, searchFor("zzyzx qwxv"),
                By.id("empty"), "no results");
    }

    @InBothSchemes
    void completionsOpenUnderTheBox(String scheme) {
        open(scheme, server.baseUrl() + "/");
        browser.findElement(By.id("q")).sendKeys("stret");
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions [role=option]")));
        browser.findElement(By.id("q")).sendKeys(Keys.ARROW_DOWN);
        waitFor(browser).until(ExpectedConditions.attributeToBe(By.id("suggestion-0"), "aria-selected", "true"));
        assertNoViolations(browser, "completions open, " + scheme);
    }

    @InBothSchemes
    void anArticleReachedFromASearchAndTheNotFoundPage(String scheme) {
        assertNoViolationsOnceShown(scheme, "/articles/lower-back-pain-during-exercise?q=stretch",
                By.cssSelector("article mark"), "an article with the search's words marked");

        assertNoViolationsOnceShown(scheme, "/articles/no-such-article",
                By.tagName("h1"), "the not-found page");
    }

    @InBothSchemes
    void theWidgetOpenWithAnAnswerResultsAndNothingFound(String scheme,
            @SharedServer(Folder.SEED) PartnerSite hostSite) {
        hostSite.serveWidgetPage(server.baseUrl());
        open(scheme, hostSite.origin() + "/");
        WebElement host = widget(browser);
        SearchContext shadow = host.getShadowRoot();
        WebElement input = shadow.findElement(By.cssSelector("input"));
        assertNoViolations(browser, "the widget closed, " + scheme);

        input.sendKeys("should i stretch before or after a workout");
        waitFor(browser).until(d -> !shadow.findElements(By.cssSelector(".answer")).isEmpty()
                && !shadow.findElements(By.cssSelector("li a")).isEmpty());
        input.sendKeys(Keys.ARROW_DOWN);
        waitFor(browser).until(d -> shadow.findElement(By.cssSelector(".answer a"))
                .equals(browser.executeScript("return arguments[0].shadowRoot.activeElement", host)));
        assertNoViolations(browser, "the widget with an answer and results, its first link focused, " + scheme);

        input.clear();
        input.sendKeys("how do i reset my password");
        waitFor(browser).until(d -> shadow.findElements(By.cssSelector(".answer")).isEmpty()
                && !shadow.findElements(By.cssSelector("li a")).isEmpty());
        assertNoViolations(browser, "the widget with no direct answer, " + scheme);

        input.clear();
        input.sendKeys("zzyzx qwxv");
        waitFor(browser).until(d -> shadow.findElements(By.cssSelector("li a")).isEmpty()
                && !shadow.findElements(By.cssSelector(".note")).isEmpty());
        assertNoViolations(browser, "the widget finding nothing, " + scheme);
    }
}
