package dev.faqindex.index;

import dev.faqindex.content.ContentProblem;
import dev.faqindex.content.ContentTally;
import java.util.List;

/**
 * The outcome of bringing the index up to date with the content folder.
 *
 * @param rebuilt whether a new index was written (false when the existing one was current)
 * @param chunks chunks in the index now serving
 * @param articles articles indexed
 * @param problems content files (and lines) that could not be indexed
 * @param keptPrevious broken content files whose last good version keeps serving (relative paths)
 * @param tookMs time spent, in milliseconds
 * @param embedded chunks whose embedding was computed by this refresh
 * @param embeddingsReused chunks whose embedding was carried over unchanged from the previous commit
 * @param tally how the content files fared when the serving index was built
 */
public record IndexRefresh(boolean rebuilt, int chunks, int articles, List<ContentProblem> problems,
        List<String> keptPrevious, long tookMs, int embedded, int embeddingsReused, ContentTally tally) {

    public IndexRefresh {
        problems = List.copyOf(problems);
        keptPrevious = List.copyOf(keptPrevious);
    }
}
