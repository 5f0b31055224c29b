package dev.faqindex.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings from defaults, a file, the environment and the command line, later sources winning. */
class ConfigLoaderTest {

    @TempDir
    Path temp;

    @Test
    void defaultsApplyWhenNothingIsSet() throws Exception {
        LoadedConfig loaded = new ConfigLoader(Map.of()).load(Optional.empty(), Map.of());
        FaqIndexConfig config = loaded.config();
        assertEquals(Path.of("content"), config.folder(Setting.CONTENT_DIR));
        assertEquals(Path.of("index"), config.folder(Setting.INDEX_DIR));
        assertEquals(Path.of("analytics"), config.folder(Setting.ANALYTICS_DIR));
        assertEquals(8080, config.integer(Setting.PORT));
        assertTrue(config.text(Setting.ADMIN_TOKEN).isEmpty());
        assertEquals(List.of(1000, 600, 60, 1000), Stream.of(Setting.MAX_QUERY_LENGTH, Setting.RATE_PER_MINUTE,
                Setting.RATE_BURST, Setting.SEARCH_TIMEOUT_MS).map(config::integer).toList(), "the default limits");
        assertFalse(config.flag(Setting.TRUST_FORWARDED_FOR));
        assertTrue(config.flag(Setting.WATCH));
        assertEquals("default", loaded.sources().get(Setting.PORT));
    }

    @Test
    void fileThenEnvironmentThenCommandLineWin() throws Exception {
        Path file = temp.resolve("faq-index.properties");
        Files.writeString(file, """
                # a comment
                port = 9000
                index.dir = /srv/faq/index
                limits.rate-per-minute = 120
                limits.search-timeout-ms = 250
                admin.token = file-token-0123456789
                """);
        Map<String, String> env = Map.of("FAQ_INDEX_PORT", "9100", "FAQ_INDEX_LIMITS_BURST", "7", "PATH", "/usr/bin");
        LoadedConfig loaded = new ConfigLoader(env).load(Optional.of(file), Map.of(Setting.PORT, "9200"));
        FaqIndexConfig config = loaded.config();
        assertEquals(9200, config.integer(Setting.PORT));
        assertEquals("command line", loaded.sources().get(Setting.PORT));
        assertEquals(Path.of("/srv/faq/index"), config.folder(Setting.INDEX_DIR));
        assertEquals(Path.of("/srv/faq/analytics"), config.folder(Setting.ANALYTICS_DIR),
                "analytics follow the index folder");
        assertEquals(120, config.integer(Setting.RATE_PER_MINUTE));
        assertEquals(7, config.integer(Setting.RATE_BURST));
        assertEquals("environment FAQ_INDEX_LIMITS_BURST", loaded.sources().get(Setting.RATE_BURST));
        assertEquals(Duration.ofMillis(250), Duration.ofMillis(config.integer(Setting.SEARCH_TIMEOUT_MS)));
        assertEquals(Optional.of("file-token-0123456789"), config.text(Setting.ADMIN_TOKEN));
        assertEquals(file.toString(), loaded.sources().get(Setting.ADMIN_TOKEN));
    }

    @Test
    void theConfigFileCanBeNamedByTheEnvironment() throws Exception {
        Path file = temp.resolve("other.properties");
        Files.writeString(file, "semantic=false\n");
        FaqIndexConfig config = new ConfigLoader(Map.of("FAQ_INDEX_CONFIG", file.toString()))
                .load(Optional.empty(), Map.of()).config();
        assertFalse(config.flag(Setting.SEMANTIC));
    }

    @Test
    void badValuesNameTheSettingAndWhereItCameFrom() throws Exception {
        IllegalArgumentException notNumber = assertThrows(IllegalArgumentException.class,
                () -> new ConfigLoader(Map.of("FAQ_INDEX_PORT", "eighty")).load(Optional.empty(), Map.of()));
        assertTrue(notNumber.getMessage().contains("port") && notNumber.getMessage().contains("FAQ_INDEX_PORT")
                && notNumber.getMessage().contains("eighty"), notNumber.getMessage());

        IllegalArgumentException notBoolean = assertThrows(IllegalArgumentException.class,
                () -> new ConfigLoader(Map.of()).load(Optional.empty(), Map.of(Setting.WATCH, "sometimes")));
        assertTrue(notBoolean.getMessage().contains("watch"), notBoolean.getMessage());

        IllegalArgumentException outOfRange = assertThrows(IllegalArgumentException.class,
                () -> new ConfigLoader(Map.of("FAQ_INDEX_PORT", "70000")).load(Optional.empty(), Map.of()));
        assertTrue(outOfRange.getMessage().contains("port"), outOfRange.getMessage());

        IllegalArgumentException notSelector = assertThrows(IllegalArgumentException.class,
                () -> new ConfigLoader(Map.of("FAQ_INDEX_HTML_MAIN_SELECTOR", "div[")).load(Optional.empty(),
                        Map.of()));
        assertTrue(notSelector.getMessage().contains("html.main-selector")
                && notSelector.getMessage().contains("a CSS selector, got 'div['"), notSelector.getMessage());
        assertEquals(Optional.of("article .body"), new ConfigLoader(Map.of("FAQ_INDEX_HTML_MAIN_SELECTOR",
                " article .body ")).load(Optional.empty(), Map.of()).config().text(Setting.HTML_MAIN_SELECTOR));
    }

    @Test
    void typosInKeysAndVariablesAreErrorsNotSilentDefaults() throws Exception {
        Path file = temp.resolve("typo.properties");
        Files.writeString(file, "limits.rate-per-minut=10\n");
        IllegalArgumentException inFile = assertThrows(IllegalArgumentException.class,
                () -> new ConfigLoader(Map.of()).load(Optional.of(file), Map.of()));
        assertTrue(inFile.getMessage().contains("limits.rate-per-minut") && inFile.getMessage().contains(file.toString()),
                inFile.getMessage());

        IllegalArgumentException inEnvironment = assertThrows(IllegalArgumentException.class,
                () -> new ConfigLoader(Map.of("FAQ_INDEX_PROT", "1")).load(Optional.empty(), Map.of()));
        assertTrue(inEnvironment.getMessage().contains("FAQ_INDEX_PROT"), inEnvironment.getMessage());
    }

    @Test
    void theAdminTokenNeverAppearsInTheSummaryOrToString() throws Exception {
        String token = "very-secret-token-value-42";
        LoadedConfig loaded = new ConfigLoader(Map.of("FAQ_INDEX_ADMIN_TOKEN", token)).load(Optional.empty(), Map.of());
        String summary = String.join("\n", loaded.summary());
        assertFalse(summary.contains(token), summary);
        assertTrue(summary.contains("admin.token = (set, hidden)"), summary);
        assertFalse(loaded.config().toString().contains(token));
        assertEquals(Setting.values().length, loaded.summary().size(), "one summary line per setting");
    }

    @Test
    void aShortAdminTokenIsRefused() {
        IllegalArgumentException shortToken = assertThrows(IllegalArgumentException.class,
                () -> new ConfigLoader(Map.of("FAQ_INDEX_ADMIN_TOKEN", "abc")).load(Optional.empty(), Map.of()));
        assertTrue(shortToken.getMessage().contains("at least 16"), shortToken.getMessage());
        assertFalse(shortToken.getMessage().contains("abc"), "the token must not be echoed");
    }

    @Test
    void everySettingHasItsEnvironmentVariable() {
        assertEquals("FAQ_INDEX_LIMITS_RATE_PER_MINUTE", Setting.RATE_PER_MINUTE.environmentVariable());
        assertEquals("FAQ_INDEX_CONTENT_DIR", Setting.CONTENT_DIR.environmentVariable());
    }
}
