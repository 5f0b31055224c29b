package dev.faqindex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.testing.HeadlessChrome;
import dev.faqindex.testing.IndexConfigs;
import dev.faqindex.testing.RunningServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A very long article (1,500 sections, about 1.4 MB of text) is served in parts of {@code limits.article-page-chunks}
 * chunks, each page a bounded size linking the others, and a link into a later part (a search hit's deep link) lands
 * on the part that holds its anchor.
 */
class LongArticleTest {

    private static final int SECTIONS = 1500;

    @AutoClose
    static RunningServer server;

    @BeforeAll
    static void start(@TempDir Path temp) throws Exception {
        Path content = IndexConfigs.contentIn(temp);
        StringBuilder article = new StringBuilder("---\ntitle: The long handbook\n---\n\n");
        for (int i = 1; i <= SECTIONS; i++) {
            article.append("## Step ").append(i).append("\n\n");
            for (int j = 0; j < 9; j++) {
                article.append("Step ").append(i).append(" asks the reader to check the kettle, rinse the pot and"
                        + " measure the leaves again. ");
            }
            article.append("\n\n");
        }
        Files.writeString(content.resolve("handbook.md"), article);
        server = RunningServer.start(RunningServer.lexicalConfig(temp));
    }

    @Test
    void aLongArticleIsServedInPartsOfBoundedSize() throws Exception {
        HttpResponse<String> first = server.fetch("GET", "/articles/handbook");
        assertEquals(200, first.statusCode());
        assertTrue(first.body().length() < 600_000, "the first page is " + first.body().length() + " characters");
        assertTrue(first.body().contains("Part 1 of 8"), "1,500 sections in parts of 200");
        assertTrue(first.body().contains("id=\"step-1\""));
        assertFalse(first.body().contains("id=\"step-201\""));
        assertTrue(first.body().contains("href=\"?part=8\""));

        HttpResponse<String> last = server.fetch("GET", "/articles/handbook?part=8");
        assertEquals(200, last.statusCode());
        assertTrue(last.body().contains("id=\"step-1500\""));
        assertTrue(last.body().contains("Part 8 of 8"));
        assertEquals(404, server.fetch("GET", "/articles/handbook?part=9").statusCode());
        assertEquals(404, server.fetch("GET", "/articles/handbook?part=x").statusCode());

        HttpResponse<String> toAnchor = server.fetch("GET", "/articles/handbook?anchor=step-1234&q=kettle");
        assertEquals(302, toAnchor.statusCode());
        assertEquals("/articles/handbook?part=7&q=kettle#step-1234",
                toAnchor.headers().firstValue("Location").orElse(""));
    }

    @Test
    void aDeepLinkIntoALaterPartLandsOnThatPart(@TempDir Path temp) throws Exception {
        HeadlessChrome.browse(temp.resolve("profile"), 1280, 900, browser -> {
            browser.get(server.baseUrl() + "/articles/handbook#step-1234");
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("part=7"));
            assertTrue(browser.getCurrentUrl().endsWith("/articles/handbook?part=7#step-1234"),
                    browser.getCurrentUrl());
            assertTrue(browser.findElement(By.id("step-1234")).isDisplayed());
        });
    }
}
