package dev.faqindex.cli;

import dev.faqindex.content.ContentProblem;
import dev.faqindex.index.IndexRefresh;
import java.io.PrintWriter;

/** Prints what an index refresh did and every content problem it met, one per line. */
final class ProblemReport {

    private ProblemReport() {
    }

    static void print(IndexRefresh refresh, PrintWriter out, PrintWriter err) {
        out.printf("%s %d chunks from %d articles in %d ms%n",
                refresh.rebuilt() ? "Indexed" : "Index up to date:", refresh.chunks(), refresh.articles(),
                refresh.tookMs());
        for (ContentProblem problem : refresh.problems()) {
            err.println("warning: " + problem);
        }
        for (String file : refresh.keptPrevious()) {
            err.println("warning: " + file + " is broken; its last good version stays in the index until it is fixed");
        }
        out.flush();
        err.flush();
    }
}
