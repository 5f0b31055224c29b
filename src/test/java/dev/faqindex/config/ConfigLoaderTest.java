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

    @Test
    void theContentFolderSaysWhatItsSiteIsCalledAndOtherSourcesWin() throws Exception {
        Path content = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(content.resolve(ConfigLoader.SITE_FILE), """
                site.name = Kettle Help
                site.placeholder = e.g. descaling
                site.tips = "hard water" | the exact phrase; -plastic | leaves plastic out
                site.contact-url = mailto:help@kettles.example
                """);
        LoadedConfig loaded = new ConfigLoader(Map.of("FAQ_INDEX_SITE_PLACEHOLDER", "Ask about kettles"))
                .load(Optional.empty(), Map.of(Setting.CONTENT_DIR, content.toString()));
        FaqIndexConfig site = loaded.config().site();
        assertEquals(Optional.of("Kettle Help"), site.text(Setting.SITE_NAME));
        assertEquals(content.resolve(ConfigLoader.SITE_FILE).toString(), loaded.sources().get(Setting.SITE_NAME));
        assertEquals(Optional.of("Ask about kettles"), site.text(Setting.SITE_PLACEHOLDER), "the environment wins");
        assertEquals(List.of("\"hard water\"|the exact phrase", "-plastic|leaves plastic out"),
                site.list(Setting.SITE_TIPS));
        assertEquals(Optional.of("mailto:help@kettles.example"), site.text(Setting.SITE_CONTACT_URL));

        FaqIndexConfig defaults = new ConfigLoader(Map.of()).load(Optional.empty(),
                Map.of(Setting.CONTENT_DIR, temp.resolve("elsewhere").toString())).config().site();
        assertEquals(Optional.of("Help Center"), defaults.text(Setting.SITE_NAME), "a neutral default");
        assertEquals(3, defaults.list(Setting.SITE_TIPS).size());
        assertTrue(defaults.text(Setting.SITE_CONTACT_URL).isEmpty() && defaults.text(Setting.SITE_BASE_URL).isEmpty());

        Files.writeString(content.resolve(ConfigLoader.SITE_FILE), "admin.token = from-the-content-0123\n");
        IllegalArgumentException notSite = assertThrows(IllegalArgumentException.class, () -> new ConfigLoader(Map.of())
                .load(Optional.empty(), Map.of(Setting.CONTENT_DIR, content.toString())));
        assertTrue(notSite.getMessage().contains("only site.* settings")
                && notSite.getMessage().contains("admin.token"), notSite.getMessage());
    }

    @Test
    void siteAddressesAndTipsAreChecked() throws Exception {
        for (Map.Entry<String, String> bad : Map.of(
                "FAQ_INDEX_SITE_BASE_URL", "help.example.com",
                "FAQ_INDEX_SITE_CONTACT_URL", "javascript:alert(1)",
                "FAQ_INDEX_SITE_TIPS", "no bar here").entrySet()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new ConfigLoader(Map.of(bad.getKey(), bad.getValue())).load(Optional.empty(), Map.of()));
            assertTrue(e.getMessage().contains(bad.getKey()), e.getMessage());
        }
        FaqIndexConfig site = new ConfigLoader(Map.of("FAQ_INDEX_SITE_BASE_URL", "https://help.example.com/"))
                .load(Optional.empty(), Map.of()).config().site();
        assertEquals(Optional.of("https://help.example.com"), site.text(Setting.SITE_BASE_URL), "no trailing slash");
    }

    @Test
    void theSampleContentCarriesItsOwnSiteWords() throws Exception {
        FaqIndexConfig site = new ConfigLoader(Map.of()).load(Optional.empty(),
                Map.of(Setting.CONTENT_DIR, dev.faqindex.testing.Paths.content().toString())).config().site();
        assertTrue(site.text(Setting.SITE_PLACEHOLDER).orElseThrow().contains("stretching"), site.toString());
        assertTrue(site.list(Setting.SITE_TIPS).getFirst().startsWith("\"glute bridges\"|"), site.toString());
    }
}
