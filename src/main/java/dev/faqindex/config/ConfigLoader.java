package dev.faqindex.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads a {@link FaqIndexConfig} from its sources, later ones winning: the defaults, a properties file, environment
 * variables ({@code FAQ_INDEX_...}) and command-line options. Unknown keys and malformed values are errors naming
 * the source and the key, so a typo never silently falls back to a default.
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
        Map<Setting, Value> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            values.put(setting, new Value(setting.defaultText(), "default"));
        }
        Optional<Path> configFile = file.or(() -> Optional.ofNullable(environment.get(CONFIG_FILE_VARIABLE))
                .filter(name -> !name.isBlank()).map(Path::of));
        if (configFile.isPresent()) {
            readFile(configFile.get(), values);
        }
        for (Setting setting : Setting.values()) {
            String fromEnvironment = environment.get(setting.environmentVariable());
            if (fromEnvironment != null) {
                values.put(setting, new Value(fromEnvironment, "environment " + setting.environmentVariable()));
            }
        }
        rejectUnknownVariables();
        options.forEach((setting, value) -> values.put(setting, new Value(value, "command line")));
        return new LoadedConfig(build(values), sources(values), configFile);
    }

    private static void readFile(Path path, Map<Setting, Value> values) throws IOException {
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
            values.put(setting, new Value(properties.getProperty(key).strip(), path.toString()));
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

    private static FaqIndexConfig build(Map<Setting, Value> values) {
        Path indexDir = path(values, Setting.INDEX_DIR);
        Value analytics = values.get(Setting.ANALYTICS_DIR);
        Path analyticsDir = analytics.source().equals("default") ? FaqIndexConfig.besideIndex(indexDir)
                : path(values, Setting.ANALYTICS_DIR);
        Limits limits = check(values, Setting.MAX_QUERY_LENGTH, () -> new Limits(
                integer(values, Setting.MAX_QUERY_LENGTH),
                integer(values, Setting.RATE_PER_MINUTE),
                integer(values, Setting.RATE_BURST),
                Duration.ofMillis(integer(values, Setting.SEARCH_TIMEOUT_MS)),
                bool(values, Setting.TRUST_FORWARDED_FOR)));
        String token = values.get(Setting.ADMIN_TOKEN).text();
        return check(values, Setting.ADMIN_TOKEN, () -> new FaqIndexConfig(
                path(values, Setting.CONTENT_DIR),
                indexDir,
                integer(values, Setting.PORT),
                integer(values, Setting.CHUNK_MAX_CHARS),
                bool(values, Setting.SEMANTIC),
                list(values.get(Setting.ALLOWED_ORIGINS).text()),
                Optional.of(token),
                analyticsDir,
                integer(values, Setting.ANALYTICS_RETENTION_DAYS),
                limits,
                bool(values, Setting.WATCH),
                bool(values, Setting.ACCESS_LOG),
                integer(values, Setting.SEARCH_CACHE_SIZE)));
    }

    /**
     * Builds a value, turning a record's own range check into an error that says where the settings came from.
     */
    private static <T> T check(Map<Setting, Value> values, Setting hint, java.util.function.Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("setting ")) {
                throw e;
            }
            throw new IllegalArgumentException("invalid configuration: " + e.getMessage()
                    + " (check the settings' sources with the start-up summary; " + hint.key() + " came from "
                    + values.get(hint).source() + ")", e);
        }
    }

    private static Path path(Map<Setting, Value> values, Setting setting) {
        String text = values.get(setting).text();
        if (text.isBlank()) {
            throw invalid(values, setting, "a folder path");
        }
        return Path.of(text);
    }

    private static int integer(Map<Setting, Value> values, Setting setting) {
        try {
            return Integer.parseInt(values.get(setting).text().strip());
        } catch (NumberFormatException e) {
            throw invalid(values, setting, "a whole number");
        }
    }

    private static boolean bool(Map<Setting, Value> values, Setting setting) {
        return switch (values.get(setting).text().strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw invalid(values, setting, "true or false");
        };
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static IllegalArgumentException invalid(Map<Setting, Value> values, Setting setting, String expected) {
        Value value = values.get(setting);
        String shown = setting.secret() ? "(hidden)" : "'" + value.text() + "'";
        return new IllegalArgumentException("setting " + setting.key() + " from " + value.source() + " must be "
                + expected + ", got " + shown);
    }

    private static Map<Setting, String> sources(Map<Setting, Value> values) {
        Map<Setting, String> sources = new EnumMap<>(Setting.class);
        values.forEach((setting, value) -> sources.put(setting, value.source()));
        return sources;
    }

    private record Value(String text, String source) {
    }
}
