package dev.faqindex.testing;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The support team's fixture: public pages (billing, whiteboards) beside an internal one by its front matter
 * ({@code agent-notes.md}) and one internal by its folder ({@code internal/known-issues.md}), copied to a folder a
 * test may write its rules into, and served with an agent token and an admin token.
 */
public final class CurationContent {

    /** The agent token the servers accept. */
    public static final String AGENT_TOKEN = "agent-token-0123456789";
    /** The admin token the servers accept. */
    public static final String ADMIN_TOKEN = "admin-token-0123456789";

    private CurationContent() {
    }

    /** A writable copy of the fixture in {@code dir}/content, with {@code rules} as its rules.yaml when not null. */
    public static Path copy(Path dir, String rules) throws IOException {
        Path source = Paths.fixtures("curation");
        Path target = dir.resolve("content");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        if (rules != null) {
            Files.writeString(target.resolve("rules.yaml"), rules);
        }
        return target;
    }

    /** The configuration of a server over {@code content}: internal folder {@code internal}, both tokens set. */
    public static FaqIndexConfig config(Path content, Path indexDir) {
        return RunningServer.testConfig(content, indexDir).toBuilder()
                .set(Setting.AGENT_TOKENS, AGENT_TOKEN)
                .set(Setting.ADMIN_TOKEN, ADMIN_TOKEN)
                .set(Setting.INTERNAL_FOLDERS, "internal")
                .build();
    }

    /** A server over a fresh {@link #copy} in {@code dir}, with {@link #config}, indexed in {@code dir}/index. */
    public static RunningServer start(Path dir, String rules) throws IOException {
        return RunningServer.start(config(copy(dir, rules), dir.resolve("index")));
    }

    /** The header pair of an agent's request. */
    public static String[] agent() {
        return new String[] {"Authorization", "Bearer " + AGENT_TOKEN};
    }

    /** The header pair of an admin's request. */
    public static String[] admin() {
        return new String[] {"Authorization", "Bearer " + ADMIN_TOKEN};
    }
}
