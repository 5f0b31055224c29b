package dev.faqindex.web;

import dev.faqindex.testing.HeadlessChrome;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Regenerates {@code docs/screenshot-article-markdown.png}: a real Markdown page of the Hugo docs corpus (code,
 * table, links, callouts) as its article page renders it. Runs only on request, beside the corpus:
 * {@code mvn test -Dtest=ArticleScreenshotTest -Dscreenshots=true}.
 */
class ArticleScreenshotTest {

    private static final String PAGE = "/articles/content-management/page-resources#the-counter-placeholder-in-name-and-title";

    @TempDir
    Path temp;

    @Test
    void captureARealMarkdownPage() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("screenshots"), "run with -Dscreenshots=true");
        HeadlessChrome.assumeInstalled();
        Path corpus = Paths.project().resolve("../shared/corpora/hugo-docs/content").normalize();
        Assumptions.assumeTrue(Files.isDirectory(corpus), corpus + " is not beside the checkout");
        try (RunningServer server = RunningServer.start(corpus, temp.resolve("index"))) {
            ChromeDriver browser = HeadlessChrome.start(temp.resolve("profile"), 1100, 1800);
            try {
                browser.get(server.baseUrl() + PAGE);
                Path out = Paths.project().resolve("docs/screenshot-article-markdown.png");
                Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), out, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                browser.quit();
            }
        }
    }
}
