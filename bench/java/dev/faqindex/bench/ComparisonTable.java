package dev.faqindex.bench;

import dev.faqindex.eval.RelevanceReport;
import java.util.List;
import java.util.Locale;

/** Renders benchmark results as Markdown: the side-by-side table, the verdicts, and per-query disagreements. */
public final class ComparisonTable {

    private ComparisonTable() {
    }

    /** One table, two rows (faq-index, FTS5) per query set. */
    public static String figures(List<CaseResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| query set | engine | queries | top-1 | top-3 | MRR@10 | nDCG@10 | recall@10 | mean latency |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (CaseResult result : results) {
            row(out, result.benchmarkCase().name(), result.faqIndex());
            row(out, "", result.fts5());
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String set, EngineRun run) {
        RelevanceReport r = run.report();
        out.append(String.format(Locale.ROOT, "| %s | %s | %d | %d (%.3f) | %d (%.3f) | %.3f | %.3f | %.3f | %.3f ms |%n",
                set, run.engine(), r.queries(), r.top1(), r.fraction(r.top1()), r.top3(), r.fraction(r.top3()),
                r.mrr10(), r.ndcg10(), r.recall10(), run.meanMillis()));
    }

    /** A line per query set naming the figures faq-index wins and loses. */
    public static String verdicts(List<CaseResult> results) {
        StringBuilder out = new StringBuilder();
        for (CaseResult result : results) {
            List<String> wins = result.figuresFaqIndexWins();
            List<String> losses = result.figuresFaqIndexLoses();
            out.append("- ").append(result.benchmarkCase().name()).append(": faq-index ")
                    .append(wins.isEmpty() ? "better on nothing" : "better on " + String.join(", ", wins))
                    .append("; ")
                    .append(losses.isEmpty() ? "worse on nothing" : "worse on " + String.join(", ", losses))
                    .append('\n');
        }
        return out.toString();
    }

    /** The queries whose first relevant result the two engines put at different ranks. */
    public static String disagreements(CaseResult result) {
        List<RelevanceReport.QueryOutcome> ours = result.faqIndex().report().perQuery();
        List<RelevanceReport.QueryOutcome> theirs = result.fts5().report().perQuery();
        StringBuilder out = new StringBuilder();
        out.append("| query | faq-index rank | FTS5 rank | faq-index top 3 | FTS5 top 3 |\n");
        out.append("|---|---:|---:|---|---|\n");
        int count = 0;
        for (int i = 0; i < ours.size(); i++) {
            RelevanceReport.QueryOutcome a = ours.get(i);
            RelevanceReport.QueryOutcome b = theirs.get(i);
            if (a.firstRelevantRank() != b.firstRelevantRank()) {
                count++;
                out.append("| ").append(cell(a.query().text())).append(" | ").append(rank(a)).append(" | ")
                        .append(rank(b)).append(" | ").append(cell(String.join(" / ", a.topTitles()))).append(" | ")
                        .append(cell(String.join(" / ", b.topTitles()))).append(" |\n");
            }
        }
        return count == 0 ? "No disagreements.\n" : out.toString();
    }

    private static String rank(RelevanceReport.QueryOutcome outcome) {
        return outcome.firstRelevantRank() == 0 ? "-" : Integer.toString(outcome.firstRelevantRank());
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
