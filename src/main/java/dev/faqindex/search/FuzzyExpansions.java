package dev.faqindex.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The indexed terms each fuzzily matched word expands to, kept per index commit: expanding a word builds a
 * Levenshtein automaton and walks the terms dictionary with it, which costs more than matching the result, and the
 * same misspellings come back across queries. A kept expansion is the query Lucene's own rewrite made for that
 * commit, so ranking and highlighting see exactly what they saw before. Thread-safe.
 */
final class FuzzyExpansions {

    /** Expansions kept, at most; least recently used go first. */
    static final int KEPT = 20_000;

    private record Key(IndexReader.CacheKey commit, FuzzyQuery word) {
    }

    private final Cache<Key, Query> expansions = Caffeine.newBuilder().maximumSize(KEPT).build();

    /** {@code word}, rewritten through this cache. */
    Query of(FuzzyQuery word) {
        return new Expanded(word);
    }

    /** A fuzzy word whose rewrite is looked up first. */
    private final class Expanded extends Query {

        private final FuzzyQuery word;

        Expanded(FuzzyQuery word) {
            this.word = word;
        }

        @Override
        public Query rewrite(IndexSearcher searcher) throws IOException {
            IndexReader.CacheHelper commit = searcher.getIndexReader().getReaderCacheHelper();
            if (commit == null) {
                return word.rewrite(searcher);
            }
            try {
                return expansions.get(new Key(commit.getKey(), word), key -> {
                    try {
                        return word.rewrite(searcher);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        @Override
        public void visit(QueryVisitor visitor) {
            word.visit(visitor);
        }

        @Override
        public String toString(String field) {
            return word.toString(field);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Expanded expanded && expanded.word.equals(word);
        }

        @Override
        public int hashCode() {
            return word.hashCode();
        }
    }
}
