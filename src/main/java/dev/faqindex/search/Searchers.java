package dev.faqindex.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * Lends the searcher over the index's current commit for one piece of work: acquired from the
 * {@link SearcherManager} before it and released after it, however it ends. The one place in this package that
 * acquires searchers, so none is ever kept.
 */
final class Searchers {

    /** Work done with a searcher; it must not keep the searcher beyond its return. */
    @FunctionalInterface
    interface Work<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private final SearcherManager manager;

    Searchers(SearcherManager manager) {
        this.manager = manager;
    }

    /** The result of {@code work} done with the current searcher. */
    <T> T use(Work<T> work) throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            return work.run(searcher);
        } finally {
            manager.release(searcher);
        }
    }
}
