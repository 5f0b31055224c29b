package dev.faqindex.bench;

import dev.faqindex.eval.RelevanceEvaluator;
import dev.faqindex.eval.RelevanceReport;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Picks PostgreSQL's best ranking for the comparison: every {@link PostgresFts.Ranking#VARIANTS variant} on every
 * query set, as a Markdown table of top-1, MRR@10 and nDCG@10, so the baseline is the best PostgreSQL can do here.
 */
final class PostgresTuning {

    private PostgresTuning() {
    }

    static String table(String jdbcUrl, List<BenchmarkCase> cases) throws IOException, SQLException {
        StringBuilder out = new StringBuilder("PostgreSQL ranking variants (top-1 / MRR@10 / nDCG@10):\n\n| ranking |");
        cases.forEach(c -> out.append(' ').append(c.name()).append(" |"));
        out.append("\n|---|").append("---:|".repeat(cases.size())).append('\n');
        for (PostgresFts.Ranking ranking : PostgresFts.Ranking.VARIANTS) {
            out.append("| ").append(ranking).append(ranking.equals(PostgresFts.Ranking.TUNED) ? " (used)" : "")
                    .append(" |");
            for (BenchmarkCase benchmarkCase : cases) {
                try (PostgresBaseline baseline = PostgresBaseline.build(jdbcUrl, benchmarkCase.load().chunks(),
                        benchmarkCase.weights(), ranking)) {
                    RelevanceReport r = RelevanceEvaluator.evaluate(benchmarkCase.queries(), baseline);
                    out.append(String.format(Locale.ROOT, " %.3f / %.3f / %.3f |", r.fraction(r.top1()), r.mrr10(),
                            r.ndcg10()));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }
}
