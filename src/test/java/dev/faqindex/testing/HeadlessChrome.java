package dev.faqindex.testing;

import java.io.File;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ModifierSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}); nothing is downloaded. Tests using it are skipped only when those are not installed.
 * A static {@link ChromeDriver} field marked {@link Browser} gets one browser for its test class, quit when the class
 * is done; the static helpers are the page steps the browser tests share.
 */
public final class HeadlessChrome implements BeforeAllCallback, BeforeEachCallback {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** How long a browser test waits for the page to reach the state it expects. */
    public static final Duration PAGE_WAIT = Duration.ofSeconds(30);

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HeadlessChrome.class);

    /**
     * Marks a static {@link ChromeDriver} field that gets a fresh headless browser (own profile, window of the given
     * size) before the class's tests, shows a blank page before each test, and is quit after them; the class is
     * skipped if Chromium is not installed.
     */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(HeadlessChrome.class)
    public @interface Browser {
        int width() default 1280;

        int height() default 900;
    }

    /** Used by JUnit only, for {@link Browser} fields. */
    public HeadlessChrome() {
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        for (Field field : AnnotationSupport.findAnnotatedFields(context.getRequiredTestClass(), Browser.class,
                ModifierSupport::isStatic)) {
            assumeInstalled();
            Browser size = field.getAnnotation(Browser.class);
            Path profile = Files.createTempDirectory("faq-index-chromium-");
            ChromeDriver driver = start(profile.resolve("profile"), size.width(), size.height());
            context.getStore(NAMESPACE).put(field, (AutoCloseable) () -> {
                try {
                    driver.quit();
                } finally {
                    RunningServer.deleteTree(profile);
                }
            });
            field.setAccessible(true);
            field.set(null, driver);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        for (Field field : AnnotationSupport.findAnnotatedFields(context.getRequiredTestClass(), Browser.class,
                ModifierSupport::isStatic)) {
            field.setAccessible(true);
            blank((ChromeDriver) field.get(null));
        }
    }

    /** Skips the calling test class unless Chromium and its driver are installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
    }

    /** A fresh browser with its own profile in {@code profileDir}, with a window of the given size. */
    public static ChromeDriver start(Path profileDir, int width, int height) throws IOException {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createDirectories(profileDir).toAbsolutePath());
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }

    /** What a test does with a browser. */
    @FunctionalInterface
    public interface Steps {
        void run(ChromeDriver browser) throws Exception;
    }

    /**
     * Runs {@code steps} in a fresh browser ({@link #start}) and quits it afterwards, whatever happens; skips the
     * calling test unless Chromium is installed.
     */
    public static void browse(Path profileDir, int width, int height, Steps steps) throws Exception {
        assumeInstalled();
        ChromeDriver browser = start(profileDir, width, height);
        try {
            steps.run(browser);
        } finally {
            browser.quit();
        }
    }

    /** A wait of {@link #PAGE_WAIT} on {@code browser}'s page. */
    public static WebDriverWait waitFor(ChromeDriver browser) {
        return new WebDriverWait(browser, PAGE_WAIT);
    }

    /** Leaves the last test's page, so that the next one starts from nothing. */
    public static void blank(ChromeDriver browser) {
        browser.get("about:blank");
    }

    /** Opens the search page of the server at {@code baseUrl} and types {@code query} into its box. */
    public static void typeQuery(ChromeDriver browser, String baseUrl, String query) {
        browser.get(baseUrl + "/");
        browser.findElement(By.id("q")).sendKeys(query);
    }

    /** Waits for the widget the page embeds in {@code #help}: its host element, its parts in its shadow root. */
    public static WebElement widget(ChromeDriver browser) {
        return waitFor(browser).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#help .faq-index-widget")));
    }
}
