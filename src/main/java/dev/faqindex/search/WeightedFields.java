package dev.faqindex.search;

import dev.faqindex.index.EnglishTextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BlendedTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * The fields a lexical query searches (title, enclosing headings, body), weighted by a {@link RankingProfile}: each
 * part of a query is matched in every field, the best field counting fully and the others by the profile's
 * tie-breaker share. Text is analysed as typed, without synonyms.
 */
final class WeightedFields {

    private final RankingProfile profile;
    private final Analyzer analyzer = EnglishTextAnalyzer.forQueries();
    private final QueryBuilder phrases = new QueryBuilder(analyzer);

    WeightedFields(RankingProfile profile) {
        this.profile = profile;
    }

    /**
     * A word matched in any field, each of its terms scored by its best field plus a share of the others, with the
     * term's document frequency blended across the fields ({@link BlendedTermQuery}): a word that is rare in titles
     * but common in text does not get an outsized title weight. Empty for a stop word or punctuation.
     */
    Optional<Query> word(String word) {
        List<String> terms = analyzed(word);
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String term : terms) {
            BlendedTermQuery.Builder blended = new BlendedTermQuery.Builder()
                    .setRewriteMethod(new BlendedTermQuery.DisjunctionMaxRewrite(profile.fieldTieBreaker()));
            profile.fieldBoosts().forEach((field, boost) -> blended.add(new Term(field, term), boost));
            any.add(blended.build(), BooleanClause.Occur.SHOULD);
        }
        return Optional.of(terms.size() == 1 ? any.build().clauses().get(0).query() : any.build());
    }

    /** The words of {@code text} in this order, next to each other, in any field; empty when it has no words. */
    Optional<Query> phrase(String text) {
        return anyField((field, words) -> phrases.createPhraseQuery(field, words, 0), text);
    }

    /** Each of {@code terms} (already analysed) matched in any field, OR-ed; empty for no terms. */
    Optional<Query> terms(List<String> terms) {
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String term : terms) {
            List<Query> perField = new ArrayList<>();
            profile.fieldBoosts().forEach((field, boost) ->
                    perField.add(new BoostQuery(new TermQuery(new Term(field, term)), boost)));
            any.add(new DisjunctionMaxQuery(perField, profile.fieldTieBreaker()), BooleanClause.Occur.SHOULD);
        }
        return Optional.of(any.build());
    }

    /**
     * The per-field queries of {@code text} (null where a field has none), weighted and combined so that the best
     * field counts fully and the others a share; empty when no field has one.
     */
    Optional<Query> anyField(BiFunction<String, String, Query> perField, String text) {
        List<Query> disjuncts = new ArrayList<>();
        for (Map.Entry<String, Float> field : profile.fieldBoosts().entrySet()) {
            Query query = perField.apply(field.getKey(), text);
            if (query != null) {
                disjuncts.add(new BoostQuery(query, field.getValue()));
            }
        }
        if (disjuncts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DisjunctionMaxQuery(disjuncts, profile.fieldTieBreaker()));
    }

    /** The distinct terms of {@code text}, in order, as analysed for the searched fields. */
    private List<String> analyzed(String text) {
        return AnalyzedTerms.of(analyzer, text, type -> true);
    }
}
