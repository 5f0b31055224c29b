package dev.faqindex.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads a {@link FaqIndexConfig} from its sources, later ones winning: the defaults, a properties file, environment
 * variables ({@code FAQ_INDEX_...}) and command-line options, each given to the one {@link FaqIndexConfig.Builder}
 * with its source. Unknown keys and malformed values are errors naming the source and the key, so a typo never
 * silently falls back to a default.
 */
public final class ConfigLoader {

    /** Environment variable naming the configuration file. */
    public static final String CONFIG_FILE_VARIABLE = "FAQ_INDEX_CONFIG";

    private final Map<String, String> environment;

    /** @param environment the process environment ({@link System#getenv()}), or a map standing in for it */
    public ConfigLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /**
     * The configuration from {@code file} (when given, or when {@value #CONFIG_FILE_VARIABLE} names one), the
     * environment, then {@code options} (values of command-line options that were given).
     *
     * @throws IllegalArgumentException naming the source and setting of a bad value or an unknown key
     * @throws IOException when the configuration file cannot be read
     */
    public LoadedConfig load(Optional<Path> file, Map<Setting, String> options) throws IOException {
        FaqIndexConfig.Builder builder = FaqIndexConfig.builder();
        Optional<Path> configFile = file.or(() -> Optional.ofNullable(environment.get(CONFIG_FILE_VARIABLE))
                .filter(name -> !name.isBlank()).map(Path::of));
        if (configFile.isPresent()) {
            readFile(configFile.get(), builder);
        }
        for (Setting setting : Setting.values()) {
            String fromEnvironment = environment.get(setting.environmentVariable());
            if (fromEnvironment != null) {
                builder.set(setting, fromEnvironment, "environment " + setting.environmentVariable());
            }
        }
        rejectUnknownVariables();
        options.forEach((setting, value) -> builder.set(setting, value, "command line"));
        return new LoadedConfig(builder.build(), configFile);
    }

    private static void readFile(Path path, FaqIndexConfig.Builder builder) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, Setting> byKey = new HashMap<>();
        for (Setting setting : Setting.values()) {
            byKey.put(setting.key(), setting);
        }
        for (String key : properties.stringPropertyNames()) {
            Setting setting = byKey.get(key.strip());
            if (setting == null) {
                throw new IllegalArgumentException(path + ": unknown setting '" + key + "'; known settings: "
                        + String.join(", ", Arrays.stream(Setting.values()).map(Setting::key).toList()));
            }
            builder.set(setting, properties.getProperty(key).strip(), path.toString());
        }
    }

    /** A {@code FAQ_INDEX_} variable that sets nothing is almost always a typo. */
    private void rejectUnknownVariables() {
        List<String> known = new ArrayList<>(Arrays.stream(Setting.values()).map(Setting::environmentVariable).toList());
        known.add(CONFIG_FILE_VARIABLE);
        for (String name : environment.keySet()) {
            if (name.startsWith(Setting.ENV_PREFIX) && !known.contains(name)) {
                throw new IllegalArgumentException("unknown environment variable " + name + "; known: "
                        + String.join(", ", known));
            }
        }
    }
}
