package dev.faqindex.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads a {@link FaqIndexConfig} from its sources, later ones winning: the defaults, the content folder's
 * {@code site.properties} (what the site says: its {@code site.*} settings only), a properties file, environment
 * variables ({@code FAQ_INDEX_...}) and command-line options, each given to the one {@link FaqIndexConfig.Builder}
 * with its source. Unknown keys and malformed values are errors naming the source and the key, so a typo never
 * silently falls back to a default.
 */
public final class ConfigLoader {

    /** The file in the content folder that may hold the site's own settings ({@code site.*}). */
    public static final String SITE_FILE = "site.properties";

    /** Environment variable naming the configuration file. */
    public static final String CONFIG_FILE_VARIABLE = "FAQ_INDEX_CONFIG";

    private final Map<String, String> environment;

    /** @param environment the process environment ({@link System#getenv()}), or a map standing in for it */
    public ConfigLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /**
     * The configuration from the content folder's {@value #SITE_FILE} (its {@code site.*} settings), {@code file}
     * (when given, or when {@value #CONFIG_FILE_VARIABLE} names one), the environment, then {@code options} (values
     * of command-line options that were given), later ones winning.
     *
     * @throws IllegalArgumentException naming the source and setting of a bad value or an unknown key
     * @throws IOException when the configuration file cannot be read
     */
    public LoadedConfig load(Optional<Path> file, Map<Setting, String> options) throws IOException {
        Optional<Path> configFile = file.or(() -> Optional.ofNullable(environment.get(CONFIG_FILE_VARIABLE))
                .filter(name -> !name.isBlank()).map(Path::of));
        Map<Setting, String> fromFile = configFile.isPresent() ? readFile(configFile.get()) : Map.of();
        Map<Setting, String> fromEnvironment = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            String value = environment.get(setting.environmentVariable());
            if (value != null) {
                fromEnvironment.put(setting, value);
            }
        }
        rejectUnknownVariables();

        FaqIndexConfig.Builder builder = FaqIndexConfig.builder();
        Path contentDir = Path.of(Optional.ofNullable(options.get(Setting.CONTENT_DIR))
                .or(() -> Optional.ofNullable(fromEnvironment.get(Setting.CONTENT_DIR)))
                .or(() -> Optional.ofNullable(fromFile.get(Setting.CONTENT_DIR)))
                .orElse(Setting.CONTENT_DIR.defaultText()).strip());
        Path siteFile = contentDir.resolve(SITE_FILE);
        if (Files.isRegularFile(siteFile)) {
            readSiteFile(siteFile).forEach((setting, value) -> builder.set(setting, value, siteFile.toString()));
        }
        configFile.ifPresent(path -> fromFile.forEach((setting, value) -> builder.set(setting, value,
                path.toString())));
        fromEnvironment.forEach((setting, value) -> builder.set(setting, value,
                "environment " + setting.environmentVariable()));
        options.forEach((setting, value) -> builder.set(setting, value, "command line"));
        return new LoadedConfig(builder.build(), configFile);
    }

    /** The settings of a properties file, by key; an unknown key is an error naming the file. */
    private static Map<Setting, String> readFile(Path path) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, Setting> byKey = new HashMap<>();
        for (Setting setting : Setting.values()) {
            byKey.put(setting.key(), setting);
        }
        Map<Setting, String> settings = new EnumMap<>(Setting.class);
        for (String key : properties.stringPropertyNames()) {
            Setting setting = byKey.get(key.strip());
            if (setting == null) {
                throw new IllegalArgumentException(path + ": unknown setting '" + key + "'; known settings: "
                        + String.join(", ", Arrays.stream(Setting.values()).map(Setting::key).toList()));
            }
            settings.put(setting, properties.getProperty(key).strip());
        }
        return settings;
    }

    /** The content folder's own site settings: what its site says; any other setting there is an error. */
    private static Map<Setting, String> readSiteFile(Path path) throws IOException {
        Map<Setting, String> settings = readFile(path);
        for (Setting setting : settings.keySet()) {
            if (setting.capability() != Capability.SITE) {
                throw new IllegalArgumentException(path + ": only site.* settings may be set in the content folder's "
                        + SITE_FILE + ", not '" + setting.key() + "'");
            }
        }
        return settings;
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
