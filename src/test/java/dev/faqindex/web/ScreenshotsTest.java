package dev.faqindex.web;

import dev.faqindex.testing.HeadlessChrome;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Regenerates {@code docs/screenshot-search.png} and {@code docs/screenshot-phone.png} from the project's own
 * content. Runs only on request: {@code mvn test -Dtest=ScreenshotsTest -Dscreenshots=true}.
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
        }
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
