package dev.faqindex.search;

import dev.faqindex.content.ChunkType;
import dev.faqindex.index.ChunkFields;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a search or a retrieval is restricted to, the same for both: the lexical ranking, the vector candidates and
 * the counts all see only the chunks these filters let through. The audience is not a filter a user chooses: chunks
 * it may not see do not exist for the request, so they are left out of the facet counts too, where the chosen
 * filters are not.
 *
 * @param type only chunks of this type, when present
 * @param articles only chunks of one of these articles (slugs), when not empty
 * @param tags only chunks with at least one of these tags, when not empty
 * @param audience who asks: the public sees public chunks only
 */
public record Filters(Optional<ChunkType> type, List<String> articles, List<String> tags, Audience audience) {

    /** No restriction but the public's. */
    public static final Filters NONE = new Filters(Optional.empty(), List.of(), List.of(), Audience.PUBLIC);

    public Filters {
        type = type == null ? Optional.empty() : type;
        articles = articles == null ? List.of() : List.copyOf(articles);
        tags = tags == null ? List.of() : List.copyOf(tags);
        audience = audience == null ? Audience.PUBLIC : audience;
    }

    /** Filters for the public. */
    public Filters(Optional<ChunkType> type, List<String> articles, List<String> tags) {
        this(type, articles, tags, Audience.PUBLIC);
    }

    /** Whether the user chose no filter (the audience's restriction may still apply: {@link #asQuery()}). */
    public boolean isEmpty() {
        return type.isEmpty() && articles.isEmpty() && tags.isEmpty();
    }

    /**
     * The filters and the audience's restriction as one query that matches the chunks they let through; empty when
     * nothing is restricted.
     */
    Optional<Query> asQuery() {
        Optional<Query> chosen = chosenAsQuery();
        if (chosen.isEmpty()) {
            return audience.restriction();
        }
        return Optional.of(audience.restrict(chosen.get()));
    }

    /** The user's filters alone as one query; empty when there are none. */
    private Optional<Query> chosenAsQuery() {
        if (isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        type.ifPresent(chunkType ->
                filter.add(new TermQuery(new Term(ChunkFields.TYPE, chunkType.label())), BooleanClause.Occur.FILTER));
        if (!articles.isEmpty()) {
            filter.add(anyOf(ChunkFields.ARTICLE, articles), BooleanClause.Occur.FILTER);
        }
        if (!tags.isEmpty()) {
            filter.add(anyOf(ChunkFields.TAGS, tags), BooleanClause.Occur.FILTER);
        }
        return Optional.of(filter.build());
    }

    private static Query anyOf(String field, List<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String value : values) {
            any.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }
}
