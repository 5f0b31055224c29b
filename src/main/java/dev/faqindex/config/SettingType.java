package dev.faqindex.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a {@link Setting}'s text means: the Java type of its value, how the text is read (refusing what it cannot
 * read with an {@link IllegalArgumentException}), what an acceptable text looks like (for messages), when the value
 * means "off", and whether it must never be shown.
 *
 * @param <T> the value's Java type
 */
public final class SettingType<T> {

    private final Class<T> valueType;
    private final String expected;
    private final Function<String, T> read;
    private final Function<T, String> text;
    private final Predicate<T> off;
    private final boolean secret;

    private SettingType(Class<T> valueType, String expected, Function<String, T> read, Function<T, String> text,
            Predicate<T> off, boolean secret) {
        this.valueType = valueType;
        this.expected = expected;
        this.read = read;
        this.text = text;
        this.off = off;
        this.secret = secret;
    }

    /** A folder path; never blank. */
    public static SettingType<Path> folder() {
        return new SettingType<>(Path.class, "a folder path", text -> {
            if (text.isBlank()) {
                throw new IllegalArgumentException("blank");
            }
            return Path.of(text.strip());
        }, Path::toString, path -> false, false);
    }

    /** A whole number from {@code min} to {@code max}; 0 means off. */
    public static SettingType<Integer> wholeNumber(int min, int max) {
        String range = max == Integer.MAX_VALUE ? "a whole number of at least " + min
                : "a whole number from " + min + " to " + max;
        return new SettingType<>(Integer.class, range, text -> {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                throw new IllegalArgumentException("out of range");
            }
            return value;
        }, String::valueOf, value -> value == 0, false);
    }

    /** A whole number of at least {@code min}. */
    public static SettingType<Integer> wholeNumber(int min) {
        return wholeNumber(min, Integer.MAX_VALUE);
    }

    /** A number from 0 to 1 (a probability); 0 means off. */
    public static SettingType<Double> fraction() {
        return new SettingType<>(Double.class, "a number from 0 to 1", text -> {
            double value = Double.parseDouble(text.strip());
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("out of range");
            }
            return value;
        }, String::valueOf, value -> value == 0, false);
    }

    /** {@code true}, {@code yes}, {@code on} or {@code 1}; {@code false}, {@code no}, {@code off} or {@code 0}. */
    public static SettingType<Boolean> flag() {
        Function<String, Boolean> read = text -> switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException("not a flag");
        };
        return new SettingType<>(Boolean.class, "true or false", read, String::valueOf, value -> false, false);
    }

    /**
     * Comma-separated web origins ({@code https://www.example.com}), read as browsers send them: lower case, no path
     * or trailing slash. None means off.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static SettingType<List<String>> origins() {
        return new SettingType<>((Class) List.class, "comma-separated origins like https://www.example.com",
                text -> Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(SettingType::origin).distinct().toList(),
                origins -> String.join(",", origins), List::isEmpty, false);
    }

    /**
     * A secret of at least {@code minLength} characters, or empty for none (which means off); never shown or echoed.
     */
    public static SettingType<String> secret(int minLength) {
        return new SettingType<>(String.class, "empty, or at least " + minLength + " characters long", text -> {
            String secret = text.strip();
            if (!secret.isEmpty() && secret.length() < minLength) {
                throw new IllegalArgumentException("too short");
            }
            return secret;
        }, Function.identity(), String::isEmpty, true);
    }

    /**
     * Free text, stripped; empty means off. {@code check} refuses a text that cannot be used (an invalid CSS
     * selector, say) with an {@link IllegalArgumentException} saying why.
     */
    public static SettingType<String> text(String expected, Consumer<String> check) {
        return text(expected, check, Function.identity());
    }

    /** Free text as {@link #text(String, Consumer)} reads it, then put in its usual form by {@code normalise}. */
    private static SettingType<String> text(String expected, Consumer<String> check,
            Function<String, String> normalise) {
        return new SettingType<>(String.class, expected, text -> {
            String value = text.strip();
            if (!value.isEmpty()) {
                check.accept(value);
            }
            return normalise.apply(value);
        }, Function.identity(), String::isEmpty, false);
    }

    /** Any text, stripped; empty means none. */
    public static SettingType<String> text() {
        return text("any text", value -> { });
    }

    /**
     * Search tips: {@code ;}-separated, each an example and what it shows, separated by {@code |}
     * ({@code "exact words" | quotes find the phrase; -word | leaves out results with the word}). Read as the list
     * of tips, each {@code example|explanation}; none means the page shows no tips.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static SettingType<List<String>> tips() {
        return new SettingType<>((Class) List.class, "tips like: \"exact words\" | quotes find the phrase; -word | a"
                + " minus leaves the word out", text -> Arrays.stream(text.split(";")).map(String::strip)
                        .filter(tip -> !tip.isEmpty()).map(tip -> {
                            int bar = tip.indexOf('|');
                            if (bar <= 0 || tip.substring(bar + 1).isBlank() || tip.substring(0, bar).isBlank()) {
                                throw new IllegalArgumentException("a tip needs an example, '|' and an explanation");
                            }
                            return tip.substring(0, bar).strip() + "|" + tip.substring(bar + 1).strip();
                        }).toList(),
                tips -> String.join("; ", tips.stream().map(tip -> tip.replace("|", " | ")).toList()), List::isEmpty,
                false);
    }

    /**
     * An absolute web address ({@code https://help.example.com}), or empty for none; a trailing slash is dropped.
     * With {@code mail}, a {@code mailto:} address is accepted too.
     */
    public static SettingType<String> webAddress(boolean mail) {
        return text(mail ? "an http(s) or mailto: address" : "an absolute http(s) address", value -> {
            URI uri;
            try {
                uri = new URI(value);
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException("not an address: " + value, e);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            if (!web && !(mail && scheme.equals("mailto") && uri.getSchemeSpecificPart().contains("@"))) {
                throw new IllegalArgumentException("not an absolute address: " + value);
            }
        }, value -> value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
    }

    /** Comma-separated texts ({@code agents, help/internal}), blanks dropped; none means off. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static SettingType<List<String>> texts() {
        return new SettingType<>((Class) List.class, "comma-separated names",
                text -> Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                        .toList(),
                values -> String.join(",", values), List::isEmpty, false);
    }

    /**
     * Comma-separated secrets, each at least {@code minLength} characters long, or none (which means off); never
     * shown or echoed.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static SettingType<List<String>> secrets(int minLength) {
        return new SettingType<>((Class) List.class, "empty, or comma-separated secrets each at least " + minLength
                + " characters long", text -> {
                    List<String> secrets = Arrays.stream(text.split(",")).map(String::strip)
                            .filter(s -> !s.isEmpty()).distinct().toList();
                    if (secrets.stream().anyMatch(secret -> secret.length() < minLength)) {
                        throw new IllegalArgumentException("too short");
                    }
                    return secrets;
                }, values -> String.join(",", values), List::isEmpty, true);
    }

    /** The value of {@code text}; an {@link IllegalArgumentException} when it is not {@link #expected()}. */
    T read(String text) {
        return read.apply(Objects.requireNonNull(text, "text"));
    }

    /** A value as text that {@link #read} gives back. */
    String text(Object value) {
        return text.apply(valueType.cast(value));
    }

    /** Whether the value means the feature it sets is off. */
    boolean off(Object value) {
        return off.test(valueType.cast(value));
    }

    Class<T> valueType() {
        return valueType;
    }

    /** What an acceptable text looks like, for messages: {@code a whole number from 0 to 65535}. */
    public String expected() {
        return expected;
    }

    /** Whether values must never be printed. */
    public boolean secret() {
        return secret;
    }

    /** An origin as browsers send it: {@code scheme://host[:port]}, lower case, no path or trailing slash. */
    private static String origin(String value) {
        URI uri;
        try {
            uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an origin: " + value, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare) {
            throw new IllegalArgumentException("not an origin: " + value);
        }
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port;
    }
}
