package dev.faqindex.bench;

import dev.faqindex.eval.JudgedQuery;
import java.nio.file.Path;
import java.util.List;

/**
 * One row pair of the comparison: a content folder, the judged queries run against it, and the FTS5 field weights
 * that collection's baseline uses.
 *
 * @param name how the table names the query set
 * @param contentDir folder both engines index
 * @param queries judged queries
 * @param weights bm25 weights of the FTS5 baseline
 */
public record BenchmarkCase(String name, Path contentDir, List<JudgedQuery> queries, FieldWeights weights) {

    public BenchmarkCase {
        queries = List.copyOf(queries);
    }
}
