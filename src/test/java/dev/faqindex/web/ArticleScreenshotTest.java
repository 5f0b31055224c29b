package dev.faqindex.web;

import dev.faqindex.config.Setting;
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

/**
 * Regenerates {@code docs/screenshot-article-markdown.png} (a real Markdown page of the Hugo docs corpus: code,
 * table, links, callouts) and {@code docs/screenshot-article-html.png} (a real built HTML page of Git's manual: a
 * table, code, definition lists, links) as their article pages render them. Runs only on request, beside the
 * corpora: {@code mvn test -Dtest=ArticleScreenshotTest -Dscreenshots=true}.
 */
class ArticleScreenshotTest {

    private static final String PAGE = "/articles/content-management/page-resources#the-counter-placeholder-in-name-and-title";
    private static final String HTML_PAGE = "/articles/git-status#_short_format";

    @TempDir
    Path temp;

    @Test
    void captureARealMarkdownPage() throws Exception {
        capture("hugo-docs", PAGE, "docs/screenshot-article-markdown.png");
    }

    @Test
    void captureARealHtmlPage() throws Exception {
        capture("git-html", HTML_PAGE, "docs/screenshot-article-html.png");
    }

    /** Serves the corpus (lexical: the page is what counts) and saves a screenshot of {@code page} as {@code file}. */
    private void capture(String corpusName, String page, String file) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("screenshots"), "run with -Dscreenshots=true");
        HeadlessChrome.assumeInstalled();
        Path corpus = Paths.corpus(corpusName);
        Assumptions.assumeTrue(Files.isDirectory(corpus), corpus + " is not beside the checkout");
        try (RunningServer server = RunningServer.start(RunningServer.testConfig(corpus, temp.resolve("index"))
                .with(Setting.SEMANTIC, false))) {
            HeadlessChrome.browse(temp.resolve("profile"), 1100, 1800, browser -> {
                browser.get(server.baseUrl() + page);
                Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Paths.project().resolve(file),
                        StandardCopyOption.REPLACE_EXISTING);
            });
        }
    }
}
