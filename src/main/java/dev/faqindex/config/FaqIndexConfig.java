package dev.faqindex.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every setting of a faq-index instance ({@link Setting}), read and checked, with where each came from; or one part
 * of them. Made by one {@link Builder}, from text as a configuration file holds it (the {@link ConfigLoader} feeds
 * it the defaults, a file, the environment and the command line) or from values. A layer is handed only its part
 * ({@link #http()}, {@link #part}) and reads its settings by name: {@code http.integer(Setting.PORT)}.
 */
public final class FaqIndexConfig {

    /** Default chunk size bound: a few paragraphs, short enough to quote and to embed. */
    public static final int DEFAULT_MAX_CHUNK_CHARS = 1200;

    /** Where a setting comes from when nothing sets it. */
    static final String DEFAULT_SOURCE = "default";
    /** Where a setting comes from when a program sets it. */
    private static final String CODE_SOURCE = "set in code";

    private final Map<Setting, Object> values;
    private final Map<Setting, String> texts;
    private final Map<Setting, String> sources;
    private final Set<Capability> capabilities;

    private FaqIndexConfig(Map<Setting, Object> values, Map<Setting, String> texts, Map<Setting, String> sources,
            Set<Capability> capabilities) {
        this.values = values;
        this.texts = texts;
        this.sources = sources;
        this.capabilities = capabilities;
    }

    /** A builder holding every setting's default. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every setting at its default. */
    public static FaqIndexConfig defaults() {
        return builder().build();
    }

    /** A builder holding these settings, with their sources, to change some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        texts.forEach((setting, text) -> builder.set(setting, text, sources.get(setting)));
        return builder;
    }

    /** The same settings (of the same part) with {@code setting} set to {@code value}, as {@link Builder#set} takes it. */
    public FaqIndexConfig with(Setting setting, Object value) {
        FaqIndexConfig changed = toBuilder().set(setting, value).build();
        return new FaqIndexConfig(changed.values, changed.texts, changed.sources, capabilities);
    }

    /** The settings of these capabilities only: what one layer is handed. */
    public FaqIndexConfig part(Capability first, Capability... more) {
        Set<Capability> kept = EnumSet.of(first, more);
        if (!capabilities.containsAll(kept)) {
            throw new IllegalStateException("the " + names(capabilities) + " settings hold no " + names(kept)
                    + " settings");
        }
        return new FaqIndexConfig(values, texts, sources, Collections.unmodifiableSet(kept));
    }

    public FaqIndexConfig content() {
        return part(Capability.CONTENT);
    }

    public FaqIndexConfig index() {
        return part(Capability.INDEX);
    }

    public FaqIndexConfig search() {
        return part(Capability.SEARCH);
    }

    public FaqIndexConfig http() {
        return part(Capability.HTTP);
    }

    public FaqIndexConfig analytics() {
        return part(Capability.ANALYTICS);
    }

    public FaqIndexConfig site() {
        return part(Capability.SITE);
    }

    public FaqIndexConfig replication() {
        return part(Capability.REPLICATION);
    }

    /** The {@code replication.role} setting as a role. */
    public ReplicationRole role() {
        return ReplicationRole.of(value(Setting.REPLICATION_ROLE, String.class));
    }

    /** The value of {@code setting}, whose type holds {@code type} values. */
    public <T> T value(Setting setting, Class<T> type) {
        if (!capabilities.contains(setting.capability())) {
            throw new IllegalStateException("the " + names(capabilities) + " settings do not hold " + setting.key()
                    + ", a " + setting.capability().label() + " setting");
        }
        if (!type.equals(setting.type().valueType())) {
            throw new IllegalArgumentException(setting.key() + " is not read as a " + type.getSimpleName());
        }
        return type.cast(values.get(setting));
    }

    public Path folder(Setting setting) {
        return value(setting, Path.class);
    }

    public int integer(Setting setting) {
        return value(setting, Integer.class);
    }

    public double fraction(Setting setting) {
        return value(setting, Double.class);
    }

    public boolean flag(Setting setting) {
        return value(setting, Boolean.class);
    }

    /** A text setting (a secret, say); empty when it is empty. */
    public Optional<String> text(Setting setting) {
        return Optional.of(value(setting, String.class)).filter(text -> !text.isEmpty());
    }

    @SuppressWarnings("unchecked")
    public List<String> list(Setting setting) {
        return value(setting, List.class);
    }

    /** Where the setting's value came from: {@code default}, a file, {@code environment NAME}, {@code command line}. */
    public String source(Setting setting) {
        return sources.get(setting);
    }

    /** The value as the start-up summary shows it: secrets hidden, an "off" value explained. */
    public String shown(Setting setting) {
        return setting.shown(values.get(setting));
    }

    /** Every setting of this part, with secrets masked: safe to log. */
    @Override
    public String toString() {
        return "FaqIndexConfig[" + Arrays.stream(Setting.values())
                .filter(setting -> capabilities.contains(setting.capability()))
                .map(setting -> setting.key() + "=" + shown(setting))
                .collect(Collectors.joining(", ")) + "]";
    }

    private static String names(Set<Capability> capabilities) {
        return capabilities.stream().map(Capability::label).collect(Collectors.joining(", "));
    }

    /**
     * Collects settings as text, each with its source, and reads and checks them all at once: a configuration built
     * in code passes the same checks as one read from a file.
     */
    public static final class Builder {

        private final Map<Setting, String> texts = new EnumMap<>(Setting.class);
        private final Map<Setting, String> sources = new EnumMap<>(Setting.class);

        private Builder() {
            for (Setting setting : Setting.values()) {
                set(setting, setting.defaultText(), DEFAULT_SOURCE);
            }
        }

        /**
         * Sets {@code setting} to {@code value}: text as a configuration file would hold it, or a value of the
         * setting's type (a {@link Path}, an {@link Integer}, a {@link Boolean}, a {@link List} of texts).
         */
        public Builder set(Setting setting, Object value) {
            Objects.requireNonNull(value, setting.key());
            String text = value instanceof String given ? given : setting.type().text(value);
            return set(setting, text, CODE_SOURCE);
        }

        /** Sets {@code setting} to {@code text}, which came from {@code source}. */
        Builder set(Setting setting, String text, String source) {
            texts.put(setting, text);
            sources.put(setting, source);
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException naming the first setting whose text cannot be read, and where it came from
         */
        public FaqIndexConfig build() {
            Map<Setting, Object> values = new EnumMap<>(Setting.class);
            FaqIndexConfig before = new FaqIndexConfig(values, texts, sources, EnumSet.allOf(Capability.class));
            for (Setting setting : Setting.values()) {
                Optional<Object> computed = sources.get(setting).equals(DEFAULT_SOURCE)
                        ? setting.computedDefault(before) : Optional.empty();
                values.put(setting, computed.isPresent() ? computed.get() : read(setting));
            }
            return new FaqIndexConfig(Collections.unmodifiableMap(values), Collections.unmodifiableMap(
                    new EnumMap<>(texts)), Collections.unmodifiableMap(new EnumMap<>(sources)),
                    Collections.unmodifiableSet(EnumSet.allOf(Capability.class)));
        }

        private Object read(Setting setting) {
            String text = texts.get(setting);
            try {
                return setting.type().read(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("setting " + setting.key() + " from " + sources.get(setting)
                        + " must be " + setting.type().expected() + ", got "
                        + (setting.secret() ? "(hidden)" : "'" + text + "'"), e);
            }
        }
    }
}
