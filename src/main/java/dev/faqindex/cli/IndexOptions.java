package dev.faqindex.cli;

import dev.faqindex.config.ConfigLoader;
import dev.faqindex.config.LoadedConfig;
import dev.faqindex.config.Setting;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options every command shares: where the content and the index live, and the configuration file. An option
 * given on the command line wins over the environment ({@code FAQ_INDEX_...}), which wins over the file.
 */
final class IndexOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (Java properties; default: $" + ConfigLoader.CONFIG_FILE_VARIABLE
                    + ", else none).")
    Path configFile;

    @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: content).")
    Path content;

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: index).")
    Path index;

    @Option(names = "--max-chunk-chars", paramLabel = "N", description = "Split sections longer than this (default: 1200).")
    Integer maxChunkChars;

    @Option(names = "--semantic", negatable = true, fallbackValue = "true",
            description = "Embed chunks for semantic and hybrid search (default: on); --no-semantic builds a "
                    + "lexical-only index, faster to build.")
    Boolean semantic;

    /** The configuration, with these options and {@code more} (other options of the command that were given). */
    LoadedConfig load(Map<Setting, String> more) throws IOException {
        Map<Setting, String> given = new EnumMap<>(Setting.class);
        if (content != null) {
            given.put(Setting.CONTENT_DIR, content.toString());
        }
        if (index != null) {
            given.put(Setting.INDEX_DIR, index.toString());
        }
        if (maxChunkChars != null) {
            given.put(Setting.CHUNK_MAX_CHARS, maxChunkChars.toString());
        }
        if (semantic != null) {
            given.put(Setting.SEMANTIC, semantic.toString());
        }
        given.putAll(more);
        return new ConfigLoader(System.getenv()).load(Optional.ofNullable(configFile), given);
    }

    LoadedConfig load() throws IOException {
        return load(Map.of());
    }
}
