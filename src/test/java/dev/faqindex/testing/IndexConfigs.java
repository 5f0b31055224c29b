package dev.faqindex.testing;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Configurations of an index of a test's own, opened without a server: every other setting at its default. */
public final class IndexConfigs {

    private IndexConfigs() {
    }

    /** The content folder of a test's own small site in {@code temp} (created), for the test to write articles into. */
    public static Path contentIn(Path temp) throws IOException {
        return Files.createDirectories(temp.resolve("content"));
    }

    /** Content read from {@code content}, the index written to {@code indexDir}, semantic search on or off. */
    public static FaqIndexConfig index(Path content, Path indexDir, boolean semantic) {
        return FaqIndexConfig.builder().set(Setting.CONTENT_DIR, content).set(Setting.INDEX_DIR, indexDir)
                .set(Setting.SEMANTIC, semantic).build();
    }
}
