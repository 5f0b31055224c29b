package dev.faqindex.content.parse;

/** A whole file cannot be used: undecodable bytes, malformed front matter and the like. */
public final class ContentFormatException extends Exception {

    private final int line;

    /**
     * @param line 1-based line at fault, or 0 for the whole file
     * @param message what is wrong, for a content author
     */
    public ContentFormatException(int line, String message) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
