package dev.faqindex.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A configuration and the file it was read from, for the summary a server prints when it starts.
 *
 * @param config the settings, each with where it came from
 * @param file the configuration file read, if any
 */
public record LoadedConfig(FaqIndexConfig config, Optional<Path> file) {

    /**
     * For each setting: {@code default}, the configuration file, {@code environment NAME} or {@code command line}.
     */
    public Map<Setting, String> sources() {
        Map<Setting, String> sources = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            sources.put(setting, config.source(setting));
        }
        return sources;
    }

    /** One line per setting, {@code key = value (source)}, with secrets masked. */
    public List<String> summary() {
        return Arrays.stream(Setting.values())
                .map(setting -> setting.key() + " = " + config.shown(setting) + "  (" + config.source(setting) + ")")
                .toList();
    }
}
