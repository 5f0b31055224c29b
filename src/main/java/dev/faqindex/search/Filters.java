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
 * the counts all see only the chunks these filters let through.
 *
 * @param type only chunks of this type, when present
 * @param articles only chunks of one of these articles (slugs), when not empty
 * @param tags only chunks with at least one of these tags, when not empty
 */
public record Filters(Optional<ChunkType> type, List<String> articles, List<String> tags) {

    /** No restriction. */
    public static final Filters NONE = new Filters(Optional.empty(), List.of(), List.of());

    public Filters {
        type = type == null ? Optional.empty() : type;
        articles = articles == null ? List.of() : List.copyOf(articles);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Whether nothing is filtered out. */
    public boolean isEmpty() {
        return type.isEmpty() && articles.isEmpty() && tags.isEmpty();
    }

    /** The filters as one query that matches the chunks they let through; empty when there are no filters. */
    Optional<Query> asQuery() {
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
