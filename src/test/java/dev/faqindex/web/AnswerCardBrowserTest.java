package dev.faqindex.web;

import static dev.faqindex.testing.HeadlessChrome.typeQuery;
import static dev.faqindex.testing.HeadlessChrome.waitFor;
import static dev.faqindex.testing.HeadlessChrome.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.testing.HeadlessChrome.Browser;
import dev.faqindex.testing.PartnerSite;
import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.SharedServer;
import dev.faqindex.testing.SharedServer.Folder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The answer card of the search page and of the widget, in a real headless Chromium, over the seed article. */
class AnswerCardBrowserTest {

    @Browser
    static ChromeDriver browser;

    @SharedServer(Folder.SEED)
    static RunningServer server;

    @Test
    void aQuestionTheArticleAnswersShowsTheAnswerAboveTheResults() {
        typeQuery(browser, server.baseUrl(), "should i stretch before or after a workout");
        WebElement card = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#quick-answer:not(.no-answer) .quick-answer-text")));
        assertFalse(card.findElements(By.tagName("mark")).isEmpty(), card.getText());
        assertTrue(card.getText().length() > 20, card.getText());
        WebElement link = browser.findElement(By.cssSelector("#quick-answer .quick-answer-link"));
        assertTrue(link.getAttribute("href").contains("/articles/"), link.getAttribute("href"));
        WebElement results = browser.findElement(By.id("results"));
        assertTrue(card.getLocation().getY() < results.getLocation().getY(), "the answer comes above the results");
    }

    @Test
    void aQuestionTheArticleDoesNotCoverSaysSoAndShowsTheClosestMatches() {
        browser.get(server.baseUrl() + "/?q=" + RunningServer.encode("how do i reset my password"));
        WebElement none = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#quick-answer.no-answer")));
        assertTrue(none.getText().startsWith("No direct answer found"), none.getText());
        assertTrue(none.findElements(By.cssSelector(".quick-answer-text")).isEmpty());
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("hit-0")));
    }

    @Test
    void theWidgetShowsTheAnswerAboveItsHits(@SharedServer(Folder.SEED) PartnerSite hostSite) {
        hostSite.serve("<!doctype html><html><head><title>Partner site</title></head><body><div id=\"help\"></div>"
                + "<script src=\"" + server.baseUrl() + "/widget.js\" data-target=\"#help\"></script></body></html>");
        browser.get(hostSite.origin() + "/");
        WebElement host = widget(browser);
        SearchContext shadow = host.getShadowRoot();
        shadow.findElement(By.cssSelector("input[type=search]")).sendKeys("should i stretch before or after a workout");
        WebElement answer = waitFor(browser).until(d -> {
            List<WebElement> blocks = shadow.findElements(By.cssSelector(".answer"));
            return blocks.isEmpty() || !blocks.get(0).isDisplayed() ? null : blocks.get(0);
        });
        assertEquals("ANSWER", answer.findElement(By.cssSelector(".answer-label")).getText().toUpperCase());
        assertFalse(answer.findElements(By.tagName("mark")).isEmpty(), answer.getText());
        List<WebElement> hits = shadow.findElements(By.cssSelector("ul > li"));
        assertFalse(hits.isEmpty(), "hits follow the answer");
        assertTrue(answer.getLocation().getY() < hits.get(0).getLocation().getY(), "the answer comes first");
    }
}
