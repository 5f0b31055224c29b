package dev.faqindex.bench.latency;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.search.SearchMode;
import dev.faqindex.search.SearchRequest;
import dev.faqindex.search.SearchService;
import java.io.IOException;
import java.util.Optional;

/**
 * faq-index as the latency benchmark drives it: {@link SearchService#search} for a page of ten, as
 * {@code /api/search} runs it (query interpretation with spelling correction and synonyms, ranking, snippets,
 * facet counts). The search service is thread-safe, so every session shares it.
 */
public final class FaqIndexPages implements PageEngine {

    private final SearchService search;
    private final SearchMode mode;

    /** Searches {@code index} (opened and closed by the caller) in {@code mode}, with the {@code search} settings. */
    public FaqIndexPages(LiveIndex index, FaqIndexConfig search, SearchMode mode) {
        this.search = new SearchService(index, search);
        this.mode = mode;
    }

    @Override
    public String name() {
        return "faq-index " + mode.label();
    }

    @Override
    public Session open() {
        return query -> search.search(
                new SearchRequest(query, SearchRequest.DEFAULT_LIMIT, 0, Optional.empty()).withMode(mode)).hits().size();
    }

    @Override
    public void close() throws IOException {
        search.close();
    }
}
