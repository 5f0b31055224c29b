package dev.faqindex.bench;

import dev.faqindex.eval.RelevanceReport;
import java.util.List;
import java.util.Locale;

/** Renders benchmark results as Markdown: the side-by-side table, the verdicts, and per-query disagreements. */
public final class ComparisonTable {

    private ComparisonTable() {
    }

    /** One table, a row for faq-index and one for each peer per query set. */
    public static String figures(List<CaseResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| query set | engine | queries | top-1 | top-3 | MRR@10 | nDCG@10 | recall@10 | mean latency |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (CaseResult result : results) {
            row(out, result.benchmarkCase().name(), result.faqIndex());
            result.peers().forEach(peer -> row(out, "", peer));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String set, EngineRun run) {
        RelevanceReport r = run.report();
        out.append(String.format(Locale.ROOT, "| %s | %s | %d | %d (%.3f) | %d (%.3f) | %.3f | %.3f | %.3f | %.3f ms |%n",
                set, run.engine(), r.queries(), r.top1(), r.fraction(r.top1()), r.top3(), r.fraction(r.top3()),
                r.mrr10(), r.ndcg10(), r.recall10(), run.meanMillis()));
    }

    /** A line per query set and peer naming the figures faq-index wins and loses. */
    public static String verdicts(List<CaseResult> results) {
        StringBuilder out = new StringBuilder();
        for (CaseResult result : results) {
            for (EngineRun peer : result.peers()) {
                List<String> wins = result.figuresFaqIndexWins(peer);
                List<String> losses = result.figuresFaqIndexLoses(peer);
                out.append("- ").append(result.benchmarkCase().name()).append(", ").append(result.faqIndex().engine())
                        .append(" vs ").append(peer.engine()).append(": ")
                        .append(wins.isEmpty() ? "better on nothing" : "better on " + String.join(", ", wins))
                        .append("; ")
                        .append(losses.isEmpty() ? "worse on nothing" : "worse on " + String.join(", ", losses))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** The queries whose first relevant result faq-index puts at another rank than some peer does. */
    public static String disagreements(CaseResult result) {
        List<RelevanceReport.QueryOutcome> ours = result.faqIndex().report().perQuery();
        StringBuilder out = new StringBuilder("| query | faq-index rank |");
        result.peers().forEach(peer -> out.append(' ').append(peer.engine()).append(" rank |"));
        out.append(" faq-index top 3 |");
        result.peers().forEach(peer -> out.append(' ').append(peer.engine()).append(" top 3 |"));
        out.append("\n|---|---:|").append("---:|".repeat(result.peers().size())).append("---|")
                .append("---|".repeat(result.peers().size())).append('\n');
        int count = 0;
        for (int i = 0; i < ours.size(); i++) {
            RelevanceReport.QueryOutcome a = ours.get(i);
            List<RelevanceReport.QueryOutcome> theirs = new java.util.ArrayList<>();
            for (EngineRun peer : result.peers()) {
                theirs.add(peer.report().perQuery().get(i));
            }
            if (theirs.stream().allMatch(b -> b.firstRelevantRank() == a.firstRelevantRank())) {
                continue;
            }
            count++;
            out.append("| ").append(cell(a.query().text())).append(" | ").append(rank(a)).append(" |");
            theirs.forEach(b -> out.append(' ').append(rank(b)).append(" |"));
            out.append(' ').append(cell(String.join(" / ", a.topTitles()))).append(" |");
            theirs.forEach(b -> out.append(' ').append(cell(String.join(" / ", b.topTitles()))).append(" |"));
            out.append('\n');
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
