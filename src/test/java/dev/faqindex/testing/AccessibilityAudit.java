package dev.faqindex.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Runs axe-core (Deque's accessibility engine, bundled in its Selenium artifact: nothing is downloaded) on the page
 * as it is now, open shadow roots such as the widget's included, with the rules of WCAG 2.0 and 2.1 at levels A
 * and AA and axe's best practices, and fails naming every violation: rule, impact, and the elements it found.
 */
public final class AccessibilityAudit {

    /** The axe rule tags checked: WCAG 2.0 and 2.1, levels A and AA, and the best practices. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private AccessibilityAudit() {
    }

    /** Fails unless axe finds no violation on the page's current state; {@code state} names it in the message. */
    public static void assertNoViolations(WebDriver driver, String state) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        if (results.isErrored()) {
            fail("axe could not check " + state + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail(report(state, results.getUrl(), violations));
        }
    }

    /**
     * Makes the page report {@code prefers-color-scheme: dark} (or {@code light}) and, with {@code reducedMotion},
     * {@code prefers-reduced-motion: reduce}, as Chromium's emulation does (CDP {@code Emulation.setEmulatedMedia});
     * the setting stays with the tab across navigations.
     */
    public static void emulate(ChromeDriver driver, String colorScheme, boolean reducedMotion) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(
                Map.of("name", "prefers-color-scheme", "value", colorScheme),
                Map.of("name", "prefers-reduced-motion", "value", reducedMotion ? "reduce" : "no-preference"))));
    }

    static String report(String state, String url, List<Rule> violations) {
        StringBuilder message = new StringBuilder()
                .append(violations.size()).append(violations.size() == 1 ? " accessibility violation" : " accessibility violations")
                .append(" on ").append(state).append(" (").append(url).append("):");
        for (Rule rule : violations) {
            message.append("\n- ").append(rule.getId()).append(" (").append(rule.getImpact()).append(", ")
                    .append(rule.getNodes().size()).append(rule.getNodes().size() == 1 ? " element" : " elements")
                    .append("): ").append(rule.getHelp());
            for (CheckedNode node : rule.getNodes()) {
                message.append("\n    ").append(node.getTarget()).append("  ")
                        .append(String.valueOf(node.getFailureSummary()).replace('\n', ' '));
            }
        }
        return message.toString();
    }
}
