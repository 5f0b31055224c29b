package dev.faqindex.cli;

import dev.faqindex.content.ContentProblem;
import dev.faqindex.content.ContentTally;
import dev.faqindex.index.IndexRefresh;
import java.io.PrintWriter;

/**
 * Prints what an index refresh did: the chunks and articles indexed, a summary of the content files (read, indexed,
 * with problems, dropped, left out), and every content problem, one per line (files left out on purpose as notes).
 */
final class ProblemReport {

    private ProblemReport() {
    }

    static void print(IndexRefresh refresh, PrintWriter out, PrintWriter err) {
        out.printf("%s %d chunks from %d articles in %d ms%n",
                refresh.rebuilt() ? "Indexed" : "Index up to date:", refresh.chunks(), refresh.articles(),
                refresh.tookMs());
        if (!refresh.tally().equals(ContentTally.NONE)) {
            out.println("Content: " + refresh.tally().summary());
        }
        for (ContentProblem problem : refresh.problems()) {
            err.println((problem.leftOut() ? "note: " : "warning: ") + problem);
        }
        for (String file : refresh.keptPrevious()) {
            err.println("warning: " + file + " is broken; its last good version stays in the index until it is fixed");
        }
        out.flush();
        err.flush();
    }
}
