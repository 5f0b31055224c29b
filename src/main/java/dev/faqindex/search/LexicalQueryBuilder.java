package dev.faqindex.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link UserQuery} into a Lucene query over the title, breadcrumb and body fields, weighted by a
 * {@link RankingProfile}: plain words are OR-ed and scored with BM25 in every field, quoted phrases must match
 * exactly, and exclusions remove. Each word scores by its best field plus a share of the others.
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
        List<Query> disjuncts = new ArrayList<>();
        for (Map.Entry<String, Float> field : profile.fieldBoosts().entrySet()) {
            Query query = perField.apply(field.getKey(), text);
            if (query != null) {
                disjuncts.add(new BoostQuery(query, field.getValue()));
            }
        }
        if (disjuncts.isEmpty()) {
            return null;
        }
        return new DisjunctionMaxQuery(disjuncts, profile.fieldTieBreaker());
    }
}
