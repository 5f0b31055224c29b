package dev.faqindex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.config.Setting;
import dev.faqindex.testing.HeadlessChrome;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.IndexConfigs;
import dev.faqindex.testing.RunningServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site's own words come from its settings (name, logo, placeholder, tips, contact link), and the search page's
 * "Show more results" button shows only while a further page has results: over HTTP and in headless Chromium.
 */
class SiteCopyBrowserTest {


    @AutoClose
    static RunningServer server;

    @BeforeAll
    static void start(@TempDir Path temp) throws Exception {
        Path content = IndexConfigs.contentIn(temp);
        Files.copy(Paths.content().resolve("lower-back-pain-during-exercise.md"),
                content.resolve("lower-back-pain-during-exercise.md"));
        Files.copy(Paths.fixtures("markup/html/help/images/strength-meter.png"), content.resolve("logo.png"));
        server = RunningServer.start(RunningServer.lexicalConfig(temp)
                .with(Setting.SITE_NAME, "Spokes & Co Help")
                .with(Setting.SITE_LOGO, "logo.png")
                .with(Setting.SITE_PLACEHOLDER, "Ask about <back> care")
                .with(Setting.SITE_TIPS, "\"warm up\" | the exact words; -plank | without planks")
                .with(Setting.SITE_CONTACT_URL, "mailto:help@spokes.example")
                .with(Setting.SITE_CONTACT_LABEL, "Write to us"));
    }

    @Test
    void everyPageSpeaksInTheSitesOwnWords() throws Exception {
        String page = server.fetch("GET", "/").body();
        assertTrue(page.contains("<title>Search · Spokes &amp; Co Help</title>"), page);
        assertTrue(page.contains("placeholder=\"Ask about &lt;back&gt; care\""), "escaped: " + page);
        assertTrue(page.contains("<span class=\"tip-example\">&quot;warm up&quot;</span><span>the exact words</span>"),
                page);
        assertTrue(page.contains("<span class=\"tip-example\">-plank</span>"), page);
        assertFalse(page.contains("glute") || page.contains("squats"), "no sample topic in the page");
        assertTrue(page.contains("<img class=\"brand-logo\" src=\"/content/logo.png\""), page);
        assertTrue(page.contains("<a href=\"mailto:help@spokes.example\">Write to us</a>"), page);

        HttpResponse<String> article = server.fetch("GET", "/articles/lower-back-pain-during-exercise");
        assertTrue(article.body().contains("Spokes &amp; Co Help</a>"), "the breadcrumb names the site");
        assertTrue(article.body().contains("· Spokes &amp; Co Help</title>"));
        HttpResponse<String> missing = server.fetch("GET", "/articles/nowhere");
        assertTrue(missing.body().contains("placeholder=\"Ask about &lt;back&gt; care\""), missing.body());
    }

    @Test
    void showMoreAppearsOnlyWhileAFurtherPageHasResults(@TempDir Path temp) throws Exception {
        HeadlessChrome.browse(temp.resolve("profile"), 1100, 900, browser -> {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
            browser.get(server.baseUrl() + "/");
            WebElement more = browser.findElement(By.id("more"));
            WebElement logo = browser.findElement(By.cssSelector(".brand-logo"));
            assertEquals(120L, browser.executeScript("return arguments[0].naturalWidth;", logo), "the logo loads");
            assertFalse(more.isDisplayed(), "nothing to show more of before a search");

            browser.findElement(By.id("q")).sendKeys("back");
            wait.until(d -> browser.findElements(By.cssSelector("#results .hit")).size() == 10);
            assertTrue(more.isDisplayed(), "the sample article has more than ten results for 'back'");
            List<String> crumbs = browser.findElements(By.cssSelector("#results .hit .hit-crumbs")).stream()
                    .map(WebElement::getText).toList();
            assertFalse(crumbs.isEmpty());
            assertTrue(crumbs.stream().allMatch(c -> c.startsWith("Lower Back Pain During Exercise")),
                    crumbs.toString());

            int shown = 10;
            for (int page = 0; page < 20 && more.isDisplayed(); page++) {
                more.click();
                int before = shown;
                wait.until(d -> browser.findElements(By.cssSelector("#results .hit")).size() > before
                        || !more.isDisplayed());
                shown = browser.findElements(By.cssSelector("#results .hit")).size();
            }
            assertFalse(more.isDisplayed(), "after the last result there is no more to show");
            long urls = browser.findElements(By.cssSelector("#results .hit")).stream()
                    .map(hit -> hit.findElement(By.cssSelector(".hit-title a")).getAttribute("href").replaceFirst("\\?[^#]*", ""))
                    .distinct().count();
            assertEquals(shown, urls, "each section once, however many pages");

            browser.findElement(By.id("q")).sendKeys("zzzzqqqq");
            wait.until(d -> browser.findElement(By.id("empty")).isDisplayed());
            assertFalse(more.isDisplayed(), "no button on an empty result");
        });
    }
}
