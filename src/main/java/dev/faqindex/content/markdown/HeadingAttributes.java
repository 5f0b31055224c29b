package dev.faqindex.content.markdown;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Heading attribute lists ({@code ## Deleting your account {#delete .wide}}, Kramdown's {@code {: #delete}}):
 * taken off the heading's text, so they are never shown, and the {@code #id} kept as the section's anchor.
 */
final class HeadingAttributes {

    private static final Pattern TRAILING = Pattern.compile("\\s*\\{:?\\s*([^{}]*)\\}\\s*$");
    private static final Pattern ID = Pattern.compile("(?:^|\\s)#([A-Za-z0-9_][\\w.:-]*)");
    private static final Pattern ATTRIBUTE_ID = Pattern.compile("(?:^|\\s)id\\s*=\\s*[\"']?([\\w.:-]+)");

    private HeadingAttributes() {
    }

    /** Removes a trailing attribute list from the heading; returns its id, if it names one. */
    static Optional<String> strip(Heading heading) {
        Node last = heading.getLastChild();
        if (!(last instanceof Text text)) {
            return Optional.empty();
        }
        Matcher trailing = TRAILING.matcher(text.getLiteral());
        if (!trailing.find() || !looksLikeAttributes(trailing.group(1))) {
            return Optional.empty();
        }
        text.setLiteral(text.getLiteral().substring(0, trailing.start()));
        String attributes = trailing.group(1);
        Matcher id = ID.matcher(attributes);
        if (id.find()) {
            return Optional.of(id.group(1));
        }
        Matcher named = ATTRIBUTE_ID.matcher(attributes);
        return named.find() ? Optional.of(named.group(1)) : Optional.empty();
    }

    private static boolean looksLikeAttributes(String attributes) {
        String trimmed = attributes.strip();
        return trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith(".") || trimmed.contains("=");
    }
}
