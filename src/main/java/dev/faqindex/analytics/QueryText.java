package dev.faqindex.analytics;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what someone typed into the form analytics keeps: trimmed, spaces collapsed, lower case, at most
 * {@value #MAX_LENGTH} characters, and with the personal data people paste into search boxes by mistake (e-mail
 * addresses, phone and card numbers, long ids) replaced by a placeholder, so the log holds what is needed to improve
 * the content and nothing that identifies a person.
 */
public final class QueryText {

    /** Longest query kept; the rest is cut. */
    public static final int MAX_LENGTH = 200;

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    /** Runs of 6 or more digits, allowing the spaces, dots and dashes of phone and card numbers. */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\+?\\d(?:[\\s.-]?\\d){5,}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Cc}\\p{Cf}]+");

    private QueryText() {
    }

    /** The normalised form of {@code typed}; empty when nothing but spaces was typed. */
    public static String normalize(String typed) {
        String text = SPACES.matcher(typed).replaceAll(" ").strip();
        text = EMAIL.matcher(text).replaceAll("<email>");
        text = LONG_NUMBER.matcher(text).replaceAll("<number>");
        text = text.toLowerCase(Locale.ROOT);
        if (text.length() > MAX_LENGTH) {
            int end = Character.isLowSurrogate(text.charAt(MAX_LENGTH)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            text = text.substring(0, end).strip();
        }
        return text;
    }
}
