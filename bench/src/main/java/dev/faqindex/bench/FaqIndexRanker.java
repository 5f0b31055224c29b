package dev.faqindex.bench;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.eval.RankedItem;
import dev.faqindex.eval.RelevanceEvaluator;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.search.SearchRequest;
import dev.faqindex.search.SearchMode;
import dev.faqindex.search.SearchService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** faq-index as the benchmark sees it: a {@link LiveIndex} over a content folder, searched in one {@link SearchMode}. */
public final class FaqIndexRanker implements RelevanceEvaluator.Ranker, AutoCloseable {

    private final LiveIndex index;
    private final SearchService search;
    private final SearchMode mode;

    private FaqIndexRanker(LiveIndex index, FaqIndexConfig config, SearchMode mode) {
        this.index = index;
        this.search = new SearchService(index, config.search());
        this.mode = mode;
    }

    /** Indexes {@code contentDir} into {@code indexDir} (with embeddings unless lexical) and opens it. */
    public static FaqIndexRanker open(Path contentDir, Path indexDir, SearchMode mode) throws IOException {
        FaqIndexConfig config = FaqIndexConfig.builder().set(Setting.CONTENT_DIR, contentDir)
                .set(Setting.INDEX_DIR, indexDir).set(Setting.SEMANTIC, mode != SearchMode.LEXICAL)
                .set(Setting.SEARCH_CACHE_SIZE, 0).build();
        return new FaqIndexRanker(LiveIndex.open(config), config, mode);
    }

    @Override
    public List<RankedItem> rank(String query, int depth) throws IOException {
        if (query.isBlank()) {
            return List.of();
        }
        return search.search(new SearchRequest(query, depth, 0, Optional.empty()).withMode(mode)).hits().stream()
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
