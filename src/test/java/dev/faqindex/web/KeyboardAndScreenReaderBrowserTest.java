package dev.faqindex.web;

import static dev.faqindex.testing.HeadlessChrome.blank;
import static dev.faqindex.testing.HeadlessChrome.waitFor;
import static dev.faqindex.testing.HeadlessChrome.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.testing.AccessibilityAudit;
import dev.faqindex.testing.AccessibilityTree;
import dev.faqindex.testing.HeadlessChrome.Browser;
import dev.faqindex.testing.PartnerSite;
import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.SharedServer;
import dev.faqindex.testing.SharedServer.Folder;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The website with the keyboard only and as a screen reader is told it (Chromium's accessibility tree), over the
 * seed article: the walks the README's website section describes.
 */
class KeyboardAndScreenReaderBrowserTest {

    private static final String QUESTION = "should i stretch before or after a workout";

    @Browser
    static ChromeDriver browser;

    @SharedServer(Folder.SEED)
    static RunningServer server;

    @BeforeEach
    void lightScheme() {
        AccessibilityAudit.emulate(browser, "light", false);
    }

    @Test
    void searchPickReadTheAnswerOpenTheArticleAndComeBackWithTheKeyboardOnly() {
        browser.get(server.baseUrl() + "/");
        WebElement box = browser.findElement(By.id("q"));
        assertEquals(box, focused(), "the page opens with the cursor in the search box");
        keys(QUESTION);
        waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), QUESTION));
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#quick-answer .quick-answer-link")));
        // Down arrow: through the completions, if any came, and on into the hits. An FAQ hit has a "Show answer"
        // button after its link.
        WebElement faqLink = waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//li[contains(@class,'hit')][.//button[contains(@class,'expand')]]//h3/a")));
        for (int i = 0; i < 20 && !faqLink.equals(focused()); i++) {
            keys(Keys.ARROW_DOWN);
        }
        assertEquals(faqLink, focused(), "the arrows reach the FAQ hit");
        WebElement card = faqLink.findElement(By.xpath("ancestor::li[1]"));
        assertEquals("solid", card.getCssValue("outline-style"), "the focused hit shows a focus ring");
        keys(Keys.TAB);
        WebElement toggle = card.findElement(By.cssSelector(".expand"));
        assertEquals(toggle, focused(), "Tab goes from the hit's link to its Show answer button");
        keys(Keys.ENTER);
        waitFor(browser).until(ExpectedConditions.attributeToBe(toggle, "aria-expanded", "true"));
        waitFor(browser).until(d -> !card.findElements(By.cssSelector(".answer[data-loaded]")).isEmpty());
        assertEquals(toggle, focused(), "the focus stays on the button that opened the answer");
        new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertEquals(faqLink, focused(), "Shift+Tab: back to the hit's link");
        String anchor = faqLink.getAttribute("href").replaceFirst(".*#", "");
        keys(Keys.ENTER);
        waitFor(browser).until(ExpectedConditions.urlContains("/articles/lower-back-pain-during-exercise"));
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".highlight-bar a")));
        assertEquals("#" + anchor, browser.executeScript("return location.hash"));

        // On the article: the skip link first, then the site's links; the way back to the results soon after.
        keys(Keys.TAB);
        assertEquals("Skip to content", focused().getText());
        WebElement back = browser.findElement(By.cssSelector(".highlight-bar a"));
        for (int i = 0; i < 6 && !back.equals(focused()); i++) {
            keys(Keys.TAB);
        }
        assertEquals(back, focused(), "Tab reaches the link back to the results");
        keys(Keys.ENTER);
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("hit-0")));
        assertEquals(QUESTION, browser.findElement(By.id("q")).getDomProperty("value"), "the search is back");
        assertEquals(browser.findElement(By.id("q")), focused(), "with the cursor in the box");
    }

    @Test
    void theStatusLineTellsScreenReadersTheCountAndWhetherThereIsAnAnswer() {
        browser.get(server.baseUrl() + "/?q=" + RunningServer.encode(QUESTION));
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#quick-answer .quick-answer-link")));
        AccessibilityTree tree = AccessibilityTree.of(browser);
        AccessibilityTree.Node status = tree.withRole("status").getFirst();
        assertEquals("polite", status.properties().get("live"));
        String said = tree.spokenText(status);
        assertTrue(said.matches("\\d+ results? for “" + QUESTION + "”\\. An answer is shown above the results"), said);
        String outline = tree.outline();
        AccessibilityTree.Node answer = tree.withRole("heading").stream()
                .filter(h -> h.name().equals("Answer")).findFirst().orElseThrow(() -> new AssertionError(
                        "the answer card has a heading to jump to:\n" + outline));
        assertEquals(3L, ((Number) answer.properties().get("level")).longValue());
        assertTrue(tree.withRole("link").stream().anyMatch(l -> l.name().startsWith("Read more: ")));
        assertTrue(tree.find("button", "Show answer").isPresent(), "the button's arrow is decoration:\n" + outline);
        List<AccessibilityTree.Node> lists = tree.withRole("list").stream()
                .filter(l -> l.name().equals("Search results")).toList();
        assertEquals(1, lists.size(), "the hits are one list named Search results");

        browser.get(server.baseUrl() + "/?q=" + RunningServer.encode("how do i reset my password"));
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#quick-answer.no-answer")));
        tree = AccessibilityTree.of(browser);
        said = tree.spokenText(tree.withRole("status").getFirst());
        assertTrue(said.endsWith("No direct answer found; these are the closest matches"), said);
        assertFalse(said.contains(" ms"), "the timing is for the eye only: " + said);

        browser.get(server.baseUrl() + "/?q=" + RunningServer.encode("streching before a workout"));
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#did-you-mean a")));
        tree = AccessibilityTree.of(browser);
        said = tree.spokenText(tree.withRole("status").getFirst());
        assertTrue(said.endsWith("Did you mean “stretching before a workout”?"), said);
        assertTrue(tree.find("link", "Search for “stretching before a workout” instead").isPresent(),
                tree.outline());
    }

    @Test
    void theBoxIsAComboboxWhoseListboxIsTheCompletions() {
        browser.get(server.baseUrl() + "/");
        keys("stret");
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("suggestion-0")));
        keys(Keys.ARROW_DOWN);
        waitFor(browser).until(ExpectedConditions.attributeToBe(By.id("suggestion-0"), "aria-selected", "true"));
        AccessibilityTree tree = AccessibilityTree.of(browser);
        AccessibilityTree.Node box = tree.withRole("combobox").getFirst();
        assertEquals("Search", box.name());
        assertEquals(Boolean.TRUE, box.properties().get("expanded"));
        assertEquals("list", box.properties().get("autocomplete"));
        AccessibilityTree.Node listbox = tree.find("listbox", "Suggestions").orElseThrow();
        assertFalse(listbox.childIds().isEmpty());
        assertTrue(tree.withRole("option").stream().anyMatch(o -> Boolean.TRUE.equals(o.properties().get("selected"))),
                "the completion the arrow reached is selected");
        keys(Keys.ESCAPE);
        waitFor(browser).until(ExpectedConditions.attributeToBe(By.id("q"), "aria-expanded", "false"));
    }

    @Test
    void theWidgetSaysItsCountAndItsAnswerAndItsLinksAreReachable(@SharedServer(Folder.SEED) PartnerSite hostSite) {
        hostSite.serveWidgetPage(server.baseUrl());
        browser.get(hostSite.origin() + "/");
        WebElement host = widget(browser);
        WebElement input = host.getShadowRoot().findElement(By.cssSelector("input"));
        input.sendKeys(QUESTION);
        waitFor(browser).until(d -> !host.getShadowRoot().findElements(By.cssSelector(".answer a")).isEmpty());
        AccessibilityTree tree = AccessibilityTree.of(browser);
        String said = tree.spokenText(tree.withRole("status").getFirst());
        assertTrue(said.matches("\\d+ results?\\. An answer is shown first\\."), said);
        assertTrue(tree.find("search", "Help articles").isPresent(), tree.outline());
        input.sendKeys(Keys.ARROW_DOWN);
        Object active = browser.executeScript("return arguments[0].shadowRoot.activeElement.textContent", host);
        assertTrue(String.valueOf(active).startsWith("Read more"), String.valueOf(active));
        new Actions(browser).sendKeys(Keys.ARROW_DOWN).perform();
        Object hitLink = browser.executeScript("return arguments[0].shadowRoot.activeElement.closest('li') !== null", host);
        assertEquals(Boolean.TRUE, hitLink, "the next arrow reaches the first hit's link");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        assertEquals(Boolean.TRUE, browser.executeScript(
                "return arguments[0].shadowRoot.activeElement === arguments[1]", host, input), "Escape: back to the box");
    }

    @Test
    void lessMotionAndTheDarkSchemeWhenTheReaderAsksForThem() {
        AccessibilityAudit.emulate(browser, "dark", true);
        browser.get(server.baseUrl() + "/?q=stretch");
        WebElement hit = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("hit-0")));
        assertEquals("0s", hit.getCssValue("transition-duration"));
        String dark = browser.findElement(By.tagName("body")).getCssValue("background-color");
        blank(browser);
        AccessibilityAudit.emulate(browser, "light", false);
        browser.get(server.baseUrl() + "/?q=stretch");
        hit = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("hit-0")));
        assertFalse(hit.getCssValue("transition-duration").matches("0s(, 0s)*"), hit.getCssValue("transition-duration"));
        String light = browser.findElement(By.tagName("body")).getCssValue("background-color");
        assertEquals("rgba(18, 21, 28, 1)", dark);
        assertEquals("rgba(246, 247, 251, 1)", light);
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }
}
