package dev.faqindex.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The part of a rewritten query that can match in one field, for highlighting that field. The highlighter asks the
 * whole query where it matches in each hit, which seeks every term of every field (title, headings, body, each word's
 * fuzzy expansions) in every hit, although only the highlighted field's matches are used. Where the query only
 * offers alternatives (optional clauses and best-field disjunctions, as a search box's words make), the matches in
 * the field are exactly those of its clauses on that field, so the others are left out. A query that requires a
 * clause (a {@code +word}, a filter, a minimum to match) is kept whole: whether the document matches at all then
 * depends on the other fields too.
 */
final class FieldOnlyQuery {

    /** Thrown inside the pruning when the query must be kept whole. */
    private static final class KeepWhole extends RuntimeException {
        KeepWhole() {
            super(null, null, false, false);
        }
    }

    private FieldOnlyQuery() {
    }

    /** {@code rewritten} with what cannot match in {@code field} left out, or {@code rewritten} itself. */
    static Query of(Query rewritten, String field) {
        try {
            return prune(rewritten, field).orElseGet(() -> new MatchNoDocsQuery("nothing in " + field));
        } catch (KeepWhole e) {
            return rewritten;
        }
    }

    private static Optional<Query> prune(Query query, String field) {
        return switch (query) {
            case BoostQuery boost -> prune(boost.getQuery(), field).map(q -> new BoostQuery(q, boost.getBoost()));
            case DisjunctionMaxQuery max -> {
                List<Query> kept = new ArrayList<>();
                for (Query disjunct : max.getDisjuncts()) {
                    prune(disjunct, field).ifPresent(kept::add);
                }
                yield kept.isEmpty() ? Optional.empty()
                        : Optional.of(new DisjunctionMaxQuery(kept, max.getTieBreakerMultiplier()));
            }
            case BooleanQuery bool -> {
                if (bool.getMinimumNumberShouldMatch() > 0) {
                    throw new KeepWhole();
                }
                BooleanQuery.Builder kept = new BooleanQuery.Builder();
                boolean any = false;
                for (BooleanClause clause : bool.clauses()) {
                    switch (clause.occur()) {
                        case MUST, FILTER -> throw new KeepWhole();
                        case MUST_NOT -> {
                            // a hit never matches it; it adds no matches
                        }
                        case SHOULD -> {
                            Optional<Query> pruned = prune(clause.query(), field);
                            if (pruned.isPresent()) {
                                kept.add(pruned.get(), BooleanClause.Occur.SHOULD);
                                any = true;
                            }
                        }
                    }
                }
                yield any ? Optional.of(kept.build()) : Optional.empty();
            }
            default -> {
                Set<String> fields = fields(query);
                if (fields.isEmpty() || fields.equals(Set.of(field))) {
                    yield Optional.of(query);
                }
                if (!fields.contains(field)) {
                    yield Optional.empty();
                }
                throw new KeepWhole();
            }
        };
    }

    /** The fields a query matches terms in. */
    private static Set<String> fields(Query query) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return fields;
    }
}
