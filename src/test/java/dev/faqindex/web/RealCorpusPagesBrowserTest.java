package dev.faqindex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.faqindex.config.Setting;
import dev.faqindex.testing.HeadlessChrome;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real pages of the corpora beside the checkout, as a reader sees them in headless Chromium: Hugo's Markdown
 * documentation (code blocks, tables, callouts, images, links between pages) and Git's built HTML manual (code,
 * tables, definition-list FAQs, links between pages).
 */
class RealCorpusPagesBrowserTest {

    @TempDir
    static Path temp;

    static RunningServer hugo;
    static RunningServer git;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isDirectory(Paths.corpus("hugo-docs")) && Files.isDirectory(Paths.corpus("git-html")),
                "the corpora are not beside the checkout");
        HeadlessChrome.assumeInstalled();
        hugo = RunningServer.start(RunningServer.testConfig(Paths.corpus("hugo-docs"), temp.resolve("hugo"))
                .with(Setting.SEMANTIC, false));
        git = RunningServer.start(RunningServer.testConfig(Paths.corpus("git-html"), temp.resolve("git"))
                .with(Setting.SEMANTIC, false));
        browser = HeadlessChrome.start(temp.resolve("profile"), 1200, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (hugo != null) {
            hugo.close();
        }
        if (git != null) {
            git.close();
        }
    }

    private static WebElement article() {
        return browser.findElement(By.cssSelector("article.article"));
    }

    /** Follows the first link of the article to another article page, and checks that page is there. */
    private static void followALinkToAnotherArticle(RunningServer server, String from) {
        String here = server.baseUrl() + from;
        List<WebElement> links = article().findElements(By.cssSelector(".block a[href^='/articles/']"));
        assertFalse(links.isEmpty(), "links to other pages on " + from);
        WebElement link = links.stream().filter(a -> !a.getAttribute("href").startsWith(here)).findFirst()
                .orElseThrow();
        String target = link.getAttribute("href");
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().startsWith(here));
        assertEquals(target, browser.getCurrentUrl());
        assertTrue(browser.findElements(By.cssSelector(".not-found")).isEmpty(), "landed on a page: " + target);
        assertFalse(article().findElement(By.tagName("h1")).getText().isBlank());
    }

    @Test
    void aHugoPageShowsItsCodeTableAndCalloutAndLinksToOtherPages() {
        String path = "/articles/content-management/page-resources";
        browser.get(hugo.baseUrl() + path);
        WebElement code = article().findElement(By.cssSelector("pre > code"));
        assertTrue(code.getText().contains("\n"), "code keeps its lines: " + code.getText());
        WebElement table = article().findElement(By.cssSelector("table"));
        assertFalse(table.findElements(By.cssSelector("thead th")).isEmpty());
        assertFalse(table.findElements(By.cssSelector("tbody td")).isEmpty());
        WebElement callout = article().findElement(By.cssSelector("aside.callout"));
        assertFalse(callout.findElement(By.cssSelector(".callout-title")).getText().isBlank());
        String prose = (String) browser.executeScript("const copy = arguments[0].cloneNode(true);"
                + " copy.querySelectorAll('pre, code').forEach(e => e.remove()); return copy.textContent;", article());
        assertFalse(prose.contains("{{<") || prose.contains("{{%"), "no shortcode outside code on the page");
        followALinkToAnotherArticle(hugo, path);
    }

    @Test
    void aHugoPageShowsItsImages() {
        browser.get(hugo.baseUrl() + "/articles/host-and-deploy/host-on-github-pages");
        List<WebElement> images = article().findElements(By.cssSelector("figure img, .block img"));
        assertFalse(images.isEmpty(), "the page's screenshots are images on the article page");
        for (WebElement image : images) {
            assertTrue(image.getAttribute("src").startsWith(hugo.baseUrl() + "/content/host-and-deploy/"),
                    image.getAttribute("src"));
            assertFalse(image.getAttribute("alt").isBlank(), "each with its description");
        }
        assertFalse(article().findElements(By.cssSelector("aside.callout")).isEmpty());
        assertFalse(article().findElements(By.cssSelector("pre > code")).isEmpty());
    }

    @Test
    void aBuiltHtmlManualPageShowsItsTableCodeAndLinks() {
        String path = "/articles/git-status";
        browser.get(git.baseUrl() + path);
        assertEquals("git-status(1)", article().findElement(By.tagName("h1")).getText());
        WebElement table = article().findElement(By.cssSelector("table"));
        assertTrue(table.getText().contains("Meaning"), table.getText());
        assertFalse(article().findElements(By.cssSelector("pre")).isEmpty());
        assertTrue(article().findElements(By.cssSelector("style, script")).isEmpty());
        assertFalse(article().getText().contains("Last updated"), "the generator's footer is left out");
        followALinkToAnotherArticle(git, path);
    }

    @Test
    void theGitFaqIsOneEntryPerQuestionWithItsOwnAnchor() {
        browser.get(git.baseUrl() + "/articles/gitfaq#last-commit-amend");
        WebElement entry = browser.findElement(By.id("last-commit-amend"));
        assertTrue(entry.getAttribute("class").contains("faq"), entry.getAttribute("class"));
        assertTrue(entry.getText().contains("git commit --amend"), entry.getText());
        assertTrue(browser.findElements(By.cssSelector("section.faq")).size() >= 20);
    }
}
