package dev.faqindex.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One builder for every configuration; each layer is handed, and may read, only its own part. */
class FaqIndexConfigTest {

    @Test
    void aPartHoldsOnlyTheSettingsOfItsCapability() {
        FaqIndexConfig http = FaqIndexConfig.defaults().http();
        assertEquals(8080, http.integer(Setting.PORT));
        IllegalStateException outside = assertThrows(IllegalStateException.class,
                () -> http.folder(Setting.CONTENT_DIR));
        assertTrue(outside.getMessage().contains("content.dir") && outside.getMessage().contains("http"),
                outside.getMessage());
        assertThrows(IllegalStateException.class, () -> http.part(Capability.SEARCH));
        FaqIndexConfig indexing = FaqIndexConfig.defaults().part(Capability.CONTENT, Capability.INDEX);
        assertEquals(Path.of("content"), indexing.folder(Setting.CONTENT_DIR));
        assertTrue(indexing.flag(Setting.SEMANTIC));
    }

    @Test
    void valuesSetInCodePassTheChecksOfTextInAFile() {
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> FaqIndexConfig.builder().set(Setting.PORT, 70_000).build());
        assertTrue(port.getMessage().contains("port") && port.getMessage().contains("set in code"), port.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> FaqIndexConfig.builder().set(Setting.ALLOWED_ORIGINS, List.of("ftp://files.example")).build());
        FaqIndexConfig origins = FaqIndexConfig.builder()
                .set(Setting.ALLOWED_ORIGINS, List.of("HTTPS://Partner.Example/", "https://partner.example")).build();
        assertEquals(List.of("https://partner.example"), origins.list(Setting.ALLOWED_ORIGINS));
        assertThrows(IllegalArgumentException.class, () -> origins.integer(Setting.ALLOWED_ORIGINS),
                "a setting is read as its own type only");
    }

    @Test
    void aChangedSettingKeepsTheOthersAndTheComputedDefaultsFollow() {
        FaqIndexConfig config = FaqIndexConfig.builder().set(Setting.INDEX_DIR, Path.of("/srv/faq/index"))
                .set(Setting.SEMANTIC, false).build();
        assertEquals(Path.of("/srv/faq/analytics"), config.folder(Setting.ANALYTICS_DIR));
        FaqIndexConfig moved = config.with(Setting.INDEX_DIR, Path.of("/data/index"));
        assertEquals(Path.of("/data/analytics"), moved.folder(Setting.ANALYTICS_DIR));
        assertFalse(moved.flag(Setting.SEMANTIC));
        assertEquals("set in code", moved.source(Setting.SEMANTIC));
        assertEquals("default", moved.source(Setting.PORT));
    }

    @Test
    void theSummaryExplainsValuesThatTurnAFeatureOffAndHidesSecrets() {
        FaqIndexConfig config = FaqIndexConfig.builder().set(Setting.RATE_PER_MINUTE, 0)
                .set(Setting.ADMIN_TOKEN, "a-token-of-twenty-chars").build();
        assertEquals("0 (off)", config.shown(Setting.RATE_PER_MINUTE));
        assertEquals("(none: same origin only)", config.shown(Setting.ALLOWED_ORIGINS));
        assertEquals("(set, hidden)", config.shown(Setting.ADMIN_TOKEN));
        assertFalse(config.http().toString().contains("a-token-of-twenty-chars"));
        assertTrue(config.http().toString().contains("port=8080") && !config.http().toString().contains("index.dir"));
    }
}
