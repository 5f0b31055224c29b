package dev.faqindex.content;

import java.nio.file.Path;

/**
 * A content file that could not be read or parsed (wholly or in part), reported instead of failing the whole load;
 * or a file deliberately left out of the index (a draft, a page marked {@code noindex}, a redirect page), reported so
 * that its absence is explained.
 *
 * @param file the file at fault
 * @param line 1-based line of the problem, or 0 when it concerns the whole file
 * @param message what is wrong, in words a content author can act on
 * @param leftOut whether the file was left out on purpose, as its own markup asks, rather than for a fault
 */
public record ContentProblem(Path file, int line, String message, boolean leftOut) {

    /** A fault in a file. */
    public ContentProblem(Path file, int line, String message) {
        this(file, line, message, false);
    }

    /** A file left out of the index on purpose, for {@code reason}. */
    public static ContentProblem leftOut(Path file, String reason) {
        return new ContentProblem(file, 0, reason, true);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
