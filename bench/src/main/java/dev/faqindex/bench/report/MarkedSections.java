package dev.faqindex.bench.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generated parts of a Markdown document: the text between {@code <!-- bench:NAME -->} and
 * {@code <!-- /bench:NAME -->}, replaced as a whole; everything outside the markers is left as it is.
 */
final class MarkedSections {

    private MarkedSections() {
    }

    /** Whether {@code doc} has the section {@code name}. */
    static boolean has(String doc, String name) {
        return pattern(name).matcher(doc).find();
    }

    /** The text of section {@code name}, empty when the document has none. */
    static String body(String doc, String name) {
        Matcher section = pattern(name).matcher(doc);
        return section.find() ? section.group(2) : "";
    }

    /**
     * {@code doc} with the text of section {@code name} replaced by {@code body}.
     *
     * @throws IllegalArgumentException when the markers are missing
     */
    static String replace(String doc, String name, String body) {
        Matcher section = pattern(name).matcher(doc);
        if (!section.find()) {
            throw new IllegalArgumentException("the document has no section <!-- bench:" + name
                    + " --> ... <!-- /bench:" + name + " -->");
        }
        String text = body.endsWith("\n") ? body : body + "\n";
        return doc.substring(0, section.start(2)) + "\n" + text + doc.substring(section.end(2));
    }

    private static Pattern pattern(String name) {
        String quoted = Pattern.quote(name);
        return Pattern.compile("(<!-- bench:" + quoted + " -->)(.*?)(<!-- /bench:" + quoted + " -->)", Pattern.DOTALL);
    }
}
