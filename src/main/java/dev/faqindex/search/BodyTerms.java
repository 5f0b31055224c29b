package dev.faqindex.search;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The terms a rewritten query that only offers alternatives (optional clauses, best-field disjunctions, boosts, term
 * queries) asks for in one field, each with the number of term queries that ask for it. Such a query matches a
 * document's field exactly where those terms occur, once per term query: what Lucene's {@code Weight.matches} reports
 * for it, found without the postings.
 *
 * @param counts for each term's text, how many term queries of the field ask for it
 * @param bytes each term as the query holds it
 */
record BodyTerms(Map<String, Integer> counts, Map<String, BytesRef> bytes) {

    /** Thrown inside the walk when the query is more than alternatives of terms. */
    private static final class NotPlain extends RuntimeException {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    /**
     * The terms {@code rewritten} asks for in {@code field}, or empty when it is more than a disjunction of term
     * queries (a phrase, a required clause, a minimum to match, a multi-term query, anything else).
     */
    static Optional<BodyTerms> of(Query rewritten, String field) {
        BodyTerms terms = new BodyTerms(new HashMap<>(), new HashMap<>());
        try {
            terms.collect(rewritten, field);
        } catch (NotPlain e) {
            return Optional.empty();
        }
        return Optional.of(terms);
    }

    /** How many term queries ask for {@code term}. */
    int count(String term) {
        return counts.getOrDefault(term, 0);
    }

    /** The texts of the terms asked for. */
    String[] texts() {
        return counts.keySet().toArray(String[]::new);
    }

    private void collect(Query query, String field) {
        switch (query) {
            case BoostQuery boost -> collect(boost.getQuery(), field);
            case DisjunctionMaxQuery max -> max.getDisjuncts().forEach(disjunct -> collect(disjunct, field));
            case BooleanQuery bool -> {
                if (bool.getMinimumNumberShouldMatch() != 0) {
                    throw new NotPlain();
                }
                for (BooleanClause clause : bool.clauses()) {
                    if (clause.occur() != BooleanClause.Occur.SHOULD) {
                        throw new NotPlain();
                    }
                    collect(clause.query(), field);
                }
            }
            case TermQuery term -> {
                if (term.getTerm().field().equals(field)) {
                    String text = term.getTerm().text();
                    counts.merge(text, 1, Integer::sum);
                    bytes.putIfAbsent(text, term.getTerm().bytes());
                }
            }
            case MatchNoDocsQuery none -> {
                // matches nowhere
            }
            default -> throw new NotPlain();
        }
    }
}
