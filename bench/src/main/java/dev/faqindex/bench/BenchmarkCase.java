package dev.faqindex.bench;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.content.ContentLoader;
import dev.faqindex.content.ContentProblem;
import dev.faqindex.content.LoadedContent;
import dev.faqindex.eval.JudgedQuery;
import java.io.IOException;
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

    /** The case's content as the peers get it: the chunks faq-index makes of the folder; problems are reported. */
    public LoadedContent load() throws IOException {
        LoadedContent content = new ContentLoader(FaqIndexConfig.DEFAULT_MAX_CHUNK_CHARS).load(contentDir);
        for (ContentProblem problem : content.problems()) {
            System.err.println("content problem in " + name + ": " + problem);
        }
        return content;
    }
}
