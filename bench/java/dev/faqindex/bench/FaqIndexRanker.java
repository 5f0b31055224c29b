package dev.faqindex.bench;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.eval.RankedItem;
import dev.faqindex.eval.RelevanceEvaluator;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.search.SearchRequest;
import dev.faqindex.search.SearchService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** faq-index as the benchmark sees it: a {@link LiveIndex} over a content folder and the default lexical search. */
public final class FaqIndexRanker implements RelevanceEvaluator.Ranker, AutoCloseable {

    private final LiveIndex index;
    private final SearchService search;

    private FaqIndexRanker(LiveIndex index) {
        this.index = index;
        this.search = new SearchService(index);
    }

    /** Indexes {@code contentDir} into {@code indexDir} and opens it for searching. */
    public static FaqIndexRanker open(Path contentDir, Path indexDir) throws IOException {
        return new FaqIndexRanker(LiveIndex.open(
                new FaqIndexConfig(contentDir, indexDir, 0, FaqIndexConfig.DEFAULT_MAX_CHUNK_CHARS)));
    }

    @Override
    public List<RankedItem> rank(String query, int depth) throws IOException {
        if (query.isBlank()) {
            return List.of();
        }
        return search.search(new SearchRequest(query, depth, 0, Optional.empty())).hits().stream()
                .map(hit -> new RankedItem(hit.id(), hit.title(), hit.breadcrumb()))
                .toList();
    }

    @Override
    public void close() throws IOException {
        try (index) {
            search.close();
        }
    }
}
