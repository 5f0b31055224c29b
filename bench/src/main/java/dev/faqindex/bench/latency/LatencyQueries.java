package dev.faqindex.bench.latency;

import dev.faqindex.bench.TypoQueries;
import dev.faqindex.eval.JudgedQuery;
import dev.faqindex.eval.QuerySets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The queries every latency measurement runs, in a fixed order: the reader-style questions about our own content
 * ({@code bench/queries/own-content.tsv}), the seed development queries ({@code eval/seed-dev-queries.tsv}), and a
 * copy of both with one typo each ({@link TypoQueries}), as a search box receives them.
 */
public final class LatencyQueries {

    private LatencyQueries() {
    }

    /** The query texts, reading the seed queries from the shared material folder {@code shared}. */
    public static List<String> read(Path projectDir, Path shared) throws IOException {
        List<JudgedQuery> judged = new ArrayList<>();
        judged.addAll(QuerySets.readTitleJudged(projectDir.resolve("bench/queries/own-content.tsv")));
        judged.addAll(QuerySets.readTitleJudged(shared.resolve("eval/seed-dev-queries.tsv")));
        List<String> texts = new ArrayList<>(judged.stream().map(JudgedQuery::text).toList());
        texts.addAll(TypoQueries.of(judged).stream().map(JudgedQuery::text).toList());
        return List.copyOf(texts);
    }
}
