package dev.faqindex.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The parts of a query that decide whether a chunk may match at all: the clauses of its top level that every match
 * must match (required words and quoted phrases; not the match-all that stands in for them in a query of exclusions
 * only) and those no match may match (exclusions). They are found with Lucene's {@link QueryVisitor}, whatever the
 * clauses are made of. Semantic and hybrid search restrict their vector candidates with them, so query syntax means
 * the same in every mode.
 */
final class QueryConstraints {

    private final List<Query> required = new ArrayList<>();
    private final List<Query> excluded = new ArrayList<>();

    private QueryConstraints() {
    }

    /** The constraints of {@code query}. */
    static QueryConstraints of(Query query) {
        QueryConstraints constraints = new QueryConstraints();
        query.visit(constraints.new TopLevel(query));
        return constraints;
    }

    /** The clauses every match must match, in no particular order. */
    List<Query> required() {
        return List.copyOf(required);
    }

    /** The clauses no match may match, in no particular order. */
    List<Query> excluded() {
        return List.copyOf(excluded);
    }

    /**
     * These constraints and {@code filter} as one filter, which matches every chunk that satisfies both; empty when
     * neither restricts anything.
     */
    Optional<Query> restrict(Optional<Query> filter) {
        if (filter.isEmpty() && required.isEmpty() && excluded.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        filter.ifPresent(query -> builder.add(query, BooleanClause.Occur.FILTER));
        required.forEach(query -> builder.add(query, BooleanClause.Occur.FILTER));
        excluded.forEach(query -> builder.add(query, BooleanClause.Occur.MUST_NOT));
        if (filter.isEmpty() && required.isEmpty()) {
            builder.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER); // exclusions alone match nothing
        }
        return Optional.of(builder.build());
    }

    private void add(BooleanClause.Occur occur, Query clause) {
        if (occur == BooleanClause.Occur.MUST && !(clause instanceof MatchAllDocsQuery)) {
            required.add(clause);
        } else if (occur == BooleanClause.Occur.MUST_NOT) {
            excluded.add(clause);
        }
    }

    /**
     * Visits the query itself: a boolean query hands each group of its clauses to a {@link Clauses} visitor; any
     * other query has no clauses, and nothing is collected.
     */
    private final class TopLevel extends QueryVisitor {
        private final Query root;

        TopLevel(Query root) {
            this.root = root;
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return parent == root && root instanceof BooleanQuery ? new Clauses(root, occur) : EMPTY_VISITOR;
        }
    }

    /**
     * Visits the clauses of the top level that occur one way: the first query each clause reports (itself, as a
     * parent, a leaf or a term consumer) is that clause, and nothing below it is visited.
     */
    private final class Clauses extends QueryVisitor {
        private final Query root;
        private final BooleanClause.Occur occur;

        Clauses(Query root, BooleanClause.Occur occur) {
            this.root = root;
            this.occur = occur;
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur clauseOccur, Query parent) {
            if (parent == root) {
                return new Clauses(root, clauseOccur); // the root's next group of clauses
            }
            add(occur, parent);
            return EMPTY_VISITOR;
        }

        @Override
        public void visitLeaf(Query query) {
            add(occur, query);
        }

        @Override
        public void consumeTerms(Query query, Term... terms) {
            add(occur, query);
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            add(occur, query);
        }
    }
}
