package dev.faqindex.search;

import dev.faqindex.content.Visibility;
import dev.faqindex.index.ChunkFields;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Who a request is answered for, and so which chunks exist for it: the public (the search page, the widget, a
 * chatbot) sees public chunks only; a support agent, who proved it with an agent token, sees internal ones too. Every
 * way of reading the index takes one, so that an internal chunk leaves no trace in what the public is answered.
 */
public enum Audience {
    /** Anyone: public chunks only. */
    PUBLIC,
    /** A support agent: public and internal chunks. */
    AGENT;

    private static final Query INTERNAL = new TermQuery(new Term(ChunkFields.VISIBILITY, Visibility.INTERNAL.label()));

    /** Whether a chunk of this visibility exists for this audience. */
    public boolean sees(Visibility visibility) {
        return this == AGENT || visibility == Visibility.PUBLIC;
    }

    /** The query that keeps only what this audience may see; empty when it may see everything. */
    Optional<Query> restriction() {
        if (this == AGENT) {
            return Optional.empty();
        }
        return Optional.of(new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                .add(INTERNAL, BooleanClause.Occur.MUST_NOT)
                .build());
    }

    /** {@code query} restricted to what this audience may see. */
    Query restrict(Query query) {
        Optional<Query> restriction = restriction();
        return restriction.isEmpty() ? query : new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(restriction.get(), BooleanClause.Occur.FILTER)
                .build();
    }

    /** The vocabulary fields "did you mean" may draw on for this audience. */
    String[] spellingFields() {
        return this == AGENT ? new String[] {ChunkFields.SPELL, ChunkFields.SPELL_INTERNAL}
                : new String[] {ChunkFields.SPELL};
    }
}
