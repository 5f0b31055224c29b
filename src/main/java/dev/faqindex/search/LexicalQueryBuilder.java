package dev.faqindex.search;

import dev.faqindex.index.ChunkFields;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link UserQuery} into a Lucene query over the title, breadcrumb and body fields, weighted by a
 * {@link RankingProfile}: plain words are OR-ed and scored with BM25 in every field, quoted phrases must match
 * exactly, exclusions remove, and words that appear close together earn a proximity bonus.
 */
public final class LexicalQueryBuilder {

    private final QueryBuilder builder;
    private final RankingProfile profile;

    public LexicalQueryBuilder(Analyzer queryAnalyzer, RankingProfile profile) {
        this.builder = new QueryBuilder(queryAnalyzer);
        this.profile = profile;
    }

    /** The query for {@code userQuery}; a query whose words all analyze away matches nothing. */
    public Query build(UserQuery userQuery) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        boolean anyPositive = false;
        boolean anyExclusion = false;
        for (UserQuery.Clause clause : userQuery.clauses()) {
            Query query = clause.phrase() ? phraseInAnyField(clause.text()) : wordInAnyField(clause.text());
            if (query == null) {
                continue; // a stop word or punctuation: nothing to match on
            }
            switch (clause.occur()) {
                case MUST -> root.add(query, BooleanClause.Occur.MUST);
                case SHOULD -> root.add(query, BooleanClause.Occur.SHOULD);
                case MUST_NOT -> {
                    root.add(query, BooleanClause.Occur.MUST_NOT);
                    anyExclusion = true;
                    continue;
                }
            }
            anyPositive = true;
        }
        if (!anyPositive) {
            if (!anyExclusion) {
                return new MatchNoDocsQuery("no searchable words");
            }
            root.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        Query proximity = proximity(userQuery.allPositiveWords());
        if (proximity != null && anyPositive) {
            root.add(proximity, BooleanClause.Occur.SHOULD);
        }
        return root.build();
    }

    private Query wordInAnyField(String word) {
        return anyField((field, text) -> builder.createBooleanQuery(field, text, BooleanClause.Occur.SHOULD), word);
    }

    private Query phraseInAnyField(String phrase) {
        return anyField((field, text) -> builder.createPhraseQuery(field, text, 0), phrase);
    }

    /** The text matched in any of the weighted fields; the best field counts most, the others a little. */
    private Query anyField(BiFunction<String, String, Query> perField, String text) {
        java.util.List<Query> disjuncts = new java.util.ArrayList<>();
        for (Map.Entry<String, Float> field : profile.fieldBoosts().entrySet()) {
            Query query = perField.apply(field.getKey(), text);
            if (query != null) {
                disjuncts.add(new BoostQuery(query, field.getValue()));
            }
        }
        if (disjuncts.isEmpty()) {
            return null;
        }
        return new org.apache.lucene.search.DisjunctionMaxQuery(disjuncts, 0.3f);
    }

    private Query proximity(String words) {
        if (profile.proximityBoost() <= 0 || words.split("\\s+").length < 2) {
            return null;
        }
        BooleanQuery.Builder near = new BooleanQuery.Builder();
        boolean any = false;
        for (String field : new String[] {ChunkFields.TITLE, ChunkFields.BODY}) {
            Query phrase = builder.createPhraseQuery(field, words, profile.proximitySlop());
            if (phrase != null && !(phrase instanceof org.apache.lucene.search.TermQuery)) {
                near.add(phrase, BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        return any ? new BoostQuery(near.build(), profile.proximityBoost()) : null;
    }
}
