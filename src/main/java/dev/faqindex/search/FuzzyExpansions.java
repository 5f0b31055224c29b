package dev.faqindex.search;

import java.io.IOException;
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

    private final PerCommit<FuzzyQuery, Query> expansions = new PerCommit<>(KEPT);

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
            return expansions.get(searcher.getIndexReader(), word, () -> word.rewrite(searcher));
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
