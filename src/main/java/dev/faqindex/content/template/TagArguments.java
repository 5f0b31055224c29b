package dev.faqindex.content.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arguments of a shortcode or Liquid tag: named ({@code src="a.png"}, {@code type=note}) and positional
 * ({@code "entities/status"}), quoted with double quotes, single quotes or backticks, or bare.
 *
 * @param named named arguments, keys lower-cased
 * @param positional positional arguments in order
 */
record TagArguments(Map<String, String> named, List<String> positional) {

    private static final Pattern ARGUMENT = Pattern.compile(
            "(?:([\\w-]+)\\s*=\\s*)?(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|`[^`]*`|[^\\s\"'`=]+)");

    static TagArguments parse(String text) {
        Map<String, String> named = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        Matcher argument = ARGUMENT.matcher(text);
        while (argument.find()) {
            String value = unquote(argument.group(2));
            if (argument.group(1) != null) {
                named.put(argument.group(1).toLowerCase(Locale.ROOT), value);
            } else {
                positional.add(value);
            }
        }
        return new TagArguments(Map.copyOf(named), List.copyOf(positional));
    }

    /** The first of the named arguments present, else the positional one at {@code index}. */
    Optional<String> get(int index, String... names) {
        for (String name : names) {
            String value = named.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(value);
            }
        }
        return index >= 0 && index < positional.size() ? Optional.of(positional.get(index)) : Optional.empty();
    }

    /** The first of the named arguments present. */
    Optional<String> named(String... names) {
        return get(-1, names);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && "\"'`".indexOf(value.charAt(0)) >= 0 && value.endsWith(value.substring(0, 1))) {
            String inner = value.substring(1, value.length() - 1);
            return value.charAt(0) == '"' ? inner.replace("\\\"", "\"").replace("\\\\", "\\") : inner;
        }
        return value;
    }
}
