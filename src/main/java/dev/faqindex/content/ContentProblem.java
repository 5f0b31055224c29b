package dev.faqindex.content;

import java.nio.file.Path;

/**
 * A content file that could not be read or parsed (wholly or in part), reported instead of failing the whole load.
 *
 * @param file the file at fault
 * @param line 1-based line of the problem, or 0 when it concerns the whole file
 * @param message what is wrong, in words a content author can act on
 */
public record ContentProblem(Path file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
