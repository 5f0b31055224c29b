package dev.faqindex.index;

import dev.faqindex.content.ContentProblem;
import java.util.List;

/**
 * The outcome of bringing the index up to date with the content folder.
 *
 * @param rebuilt whether a new index was written (false when the existing one was current)
 * @param chunks chunks in the index now serving
 * @param articles articles indexed
 * @param problems content files (and lines) that could not be indexed
 * @param tookMs time spent, in milliseconds
 */
public record IndexRefresh(boolean rebuilt, int chunks, int articles, List<ContentProblem> problems, long tookMs) {

    public IndexRefresh {
        problems = List.copyOf(problems);
    }
}
