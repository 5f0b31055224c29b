package dev.faqindex.http;

/**
 * A value a client chose (a path, a method, a header, an MCP client's name) made fit for a log line: cut to a bound
 * (with the length it had), control characters shown as {@code \}{@code uXXXX}, so a client can neither flood the
 * log nor forge lines in it.
 */
public final class LogField {

    /** The longest value logged, in characters, before the note of its full length. */
    public static final int MAX_CHARS = 200;

    private LogField() {
    }

    /** {@code value} cut to {@link #MAX_CHARS} characters; {@code null} stays null. */
    public static String of(String value) {
        return of(value, MAX_CHARS);
    }

    /** {@code value} cut to {@code maxChars} characters; {@code null} stays null. */
    public static String of(String value, int maxChars) {
        if (value == null) {
            return null;
        }
        boolean cut = value.length() > maxChars;
        String kept = cut ? value.substring(0, maxChars) : value;
        StringBuilder shown = new StringBuilder(kept.length() + 24);
        kept.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        if (cut) {
            shown.append("…(").append(value.length()).append(" chars)");
        }
        return shown.toString();
    }
}
