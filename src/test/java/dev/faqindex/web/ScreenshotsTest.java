package dev.faqindex.web;

import dev.faqindex.testing.AccessibilityAudit;
import dev.faqindex.testing.AccessibilityTree;
import dev.faqindex.testing.HeadlessChrome;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.RunningServer;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Regenerates {@code docs/screenshot-search.png}, {@code docs/screenshot-phone.png} and
 * {@code docs/screenshot-focus.png} (the keyboard's focus states, light and dark) from the project's own content,
 * and writes what a screen reader is given on the results ({@code target/accessibility-tree.txt}). Runs only on
 * request: {@code mvn test -Dtest=ScreenshotsTest -Dscreenshots=true}.
 */
class ScreenshotsTest {

    @TempDir
    Path temp;

    @Test
    void captureDesktopAndPhone() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("screenshots"), "run with -Dscreenshots=true");
        HeadlessChrome.assumeInstalled();
        try (RunningServer server = RunningServer.start(Paths.content(), temp.resolve("index"))) {
            capture(server, 1280, 900, "docs/screenshot-search.png");
            capture(server, 390, 844, "docs/screenshot-phone.png");
            captureFocusStates(server);
        }
    }

    /** Three focus states stacked (completion chosen, hit focused, link back from the article), light then dark. */
    private void captureFocusStates(RunningServer server) throws Exception {
        ChromeDriver browser = HeadlessChrome.start(temp.resolve("profile-focus"), 1280, 900);
        try {
            List<BufferedImage> shots = new ArrayList<>();
            for (String scheme : List.of("light", "dark")) {
                browser.get("about:blank");
                AccessibilityAudit.emulate(browser, scheme, false);
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                browser.get(server.baseUrl() + "/");
                new Actions(browser).sendKeys("stretch").perform();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suggestion-0")));
                new Actions(browser).sendKeys(Keys.ARROW_DOWN).perform();
                shots.add(crop(browser, 0, 0, 1280, 520));
                new Actions(browser).sendKeys(Keys.ESCAPE, Keys.ENTER).perform();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "results for"));
                new Actions(browser).sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN).perform();
                WebElement card = browser.switchTo().activeElement().findElement(By.xpath("ancestor::li[1]"));
                if (scheme.equals("light")) {
                    Files.writeString(Paths.project().resolve("target/accessibility-tree.txt"),
                            AccessibilityTree.of(browser).outline());
                }
                int top = Math.max(0, card.getLocation().getY() - 120);
                browser.executeScript("window.scrollTo(0, arguments[0])", top);
                shots.add(crop(browser, 0, 0, 1280, 420));
                new Actions(browser).sendKeys(Keys.ENTER).perform();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".highlight-bar a")));
                browser.executeScript("document.querySelector('.highlight-bar a').focus({focusVisible: true});"
                        + "window.scrollTo(0, 0)");
                shots.add(crop(browser, 0, 0, 1280, 360));
            }
            int height = shots.stream().mapToInt(BufferedImage::getHeight).sum();
            BufferedImage sheet = new BufferedImage(1280, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = sheet.createGraphics();
            int y = 0;
            for (BufferedImage shot : shots) {
                g.drawImage(shot, 0, y, null);
                y += shot.getHeight();
            }
            g.dispose();
            BufferedImage half = new BufferedImage(640, height / 2, BufferedImage.TYPE_INT_RGB);
            Graphics2D h = half.createGraphics();
            h.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            h.drawImage(sheet, 0, 0, 640, height / 2, null);
            h.dispose();
            ImageIO.write(half, "png", Paths.project().resolve("docs/screenshot-focus.png").toFile());
        } finally {
            browser.quit();
        }
    }

    private static BufferedImage crop(ChromeDriver browser, int x, int y, int width, int height) throws Exception {
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(browser.getScreenshotAs(OutputType.BYTES)));
        return page.getSubimage(x, y, Math.min(width, page.getWidth() - x), Math.min(height, page.getHeight() - y));
    }

    private void capture(RunningServer server, int width, int height, String file) throws Exception {
        ChromeDriver browser = HeadlessChrome.start(temp.resolve("profile-" + width), width, height);
        try {
            if (width < 500) { // headless windows are at least 500 wide: emulate the phone's viewport instead
                browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                        "width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
            }
            browser.get(server.baseUrl() + "/");
            browser.findElement(By.id("q")).sendKeys("stretch before exercise");
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#hit-2 mark")));
            Path out = Paths.project().resolve(file);
            Files.createDirectories(out.getParent());
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.quit();
        }
    }
}
