package dev.faqindex.cli;

/** Turns a highlighted HTML snippet into terminal text: marks become the given markers, entities are decoded. */
final class TerminalText {

    private TerminalText() {
    }

    static String fromSnippet(String html, String markStart, String markEnd) {
        return html.replace("<mark>", markStart)
                .replace("</mark>", markEnd)
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#x27;", "'")
                .replace("&#39;", "'")
                .replace("&#x2F;", "/")
                .replace("&amp;", "&");
    }
}
