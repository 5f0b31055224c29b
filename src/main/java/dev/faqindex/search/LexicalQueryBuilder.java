package dev.faqindex.search;

import dev.faqindex.index.ChunkFields;
import dev.faqindex.index.EnglishTextAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BlendedTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link UserQuery} into a Lucene query over the title, breadcrumb and body fields, weighted by a
 * {@link RankingProfile}: plain words are OR-ed and scored with BM25, each word by its best field plus a share of
 * the others; quoted phrases must match exactly; exclusions remove.
 *
 * <p>It forgives: a word the index has never seen is replaced by its closest indexed word (and the corrected query
 * offered as a suggestion), or failing that matched fuzzily, both weighted below exact matches; synonyms from the
 * synonym file are added with a lower weight than the words typed.
 */
final class LexicalQueryBuilder {

    /** Weight of a spelling-corrected word relative to a correctly typed one. */
    static final float CORRECTED_WEIGHT = 0.9f;
    /** Weight of a fuzzy match for a word with no correction. */
    static final float FUZZY_WEIGHT = 0.6f;
    /** Weight of words that only a multi-word synonym brought in. */
    static final float SYNONYM_WEIGHT = 0.5f;
    /** Fuzzy expansion bound, so a long misspelling stays cheap. */
    private static final int FUZZY_MAX_EXPANSIONS = 20;
    /**
     * Words and phrases of a query that take part, at most; the rest is ignored. A question runs to a few dozen
     * words; hundreds are pasted text or abuse, and each costs clauses and time.
     */
    static final int MAX_CLAUSES = 64;
    /** Unknown words per query that are corrected or matched fuzzily, at most; the rest must match as typed. */
    static final int MAX_FORGIVEN_WORDS = 3;
    /**
     * Longest word that is corrected or matched fuzzily: no dictionary word is longer, and the edit-distance
     * automaton of a long word is costly to build.
     */
    static final int MAX_FORGIVABLE_LENGTH = 30;
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    /**
     * The built query and what it learnt about the user's text.
     *
     * @param query the Lucene query
     * @param corrections misspelled words (lower-cased) and the indexed words used instead
     */
    record Built(Query query, Map<String, String> corrections) {
    }

    private final Analyzer synonymAnalyzer;
    private final Analyzer plainAnalyzer;
    private final QueryBuilder builder;
    private final RankingProfile profile;
    private final SpellingCorrector corrector;

    /**
     * @param synonymAnalyzer the query analyzer with the current synonyms; typed words are matched without them
     */
    LexicalQueryBuilder(Analyzer synonymAnalyzer, RankingProfile profile, SpellingCorrector corrector) {
        this.synonymAnalyzer = synonymAnalyzer;
        this.plainAnalyzer = EnglishTextAnalyzer.forQueries();
        this.builder = new QueryBuilder(plainAnalyzer);
        this.profile = profile;
        this.corrector = corrector;
    }

    /** The query for {@code userQuery} against {@code reader}'s vocabulary; all-stop-word text matches nothing. */
    Built build(UserQuery userQuery, IndexReader reader) throws IOException {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        Map<String, String> corrections = new LinkedHashMap<>();
        boolean anyPositive = false;
        boolean anyExclusion = false;
        int[] forgiven = {0};
        for (UserQuery.Clause clause : userQuery.clauses().subList(0, Math.min(MAX_CLAUSES, userQuery.clauses().size()))) {
            Query query;
            if (clause.phrase()) {
                query = anyField((field, text) -> builder.createPhraseQuery(field, text, 0), clause.text());
            } else if (clause.occur() == UserQuery.Occur.MUST_NOT) {
                query = wordInAnyField(clause.text());
            } else {
                query = forgivingWord(clause.text(), reader, corrections, forgiven);
            }
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
                return new Built(new MatchNoDocsQuery("no searchable words"), corrections);
            }
            root.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            Query synonyms = multiWordSynonyms(userQuery.plainWords());
            if (synonyms != null) {
                root.add(synonyms, BooleanClause.Occur.SHOULD);
            }
        }
        return new Built(root.build(), corrections);
    }

    /**
     * The word's query, or the better of it and the word's synonyms at a lower weight: a chunk that has the word
     * itself gains nothing more from also having a synonym, and one that has only a synonym still matches.
     */
    private Query withSynonyms(Query word, String text) {
        Query synonyms = termsInAnyField(terms(text, true));
        if (word == null || synonyms == null) {
            return word;
        }
        return new DisjunctionMaxQuery(List.of(word, new BoostQuery(synonyms, SYNONYM_WEIGHT)), 0f);
    }

    /**
     * A typed word: as is (with its synonyms) when the index or the synonym file knows it, else its correction
     * (whose synonyms then apply), else a fuzzy match; corrections and fuzzy matches weigh a little less than exact
     * ones. {@code forgiven} counts the words of this query corrected or fuzzy so far (up to
     * {@link #MAX_FORGIVEN_WORDS}).
     */
    private Query forgivingWord(String word, IndexReader reader, Map<String, String> corrections, int[] forgiven)
            throws IOException {
        if (!LETTERS.matcher(word).matches() || word.length() < SpellingCorrector.MIN_WORD_LENGTH
                || word.length() > MAX_FORGIVABLE_LENGTH || forgiven[0] >= MAX_FORGIVEN_WORDS
                || SpellingCorrector.isKnown(reader, word) || !terms(word, true).isEmpty()) {
            return withSynonyms(wordInAnyField(word), word); // known, a word the synonym file explains, or too costly
        }
        forgiven[0]++;
        Optional<String> correction = corrector.correct(reader, word);
        if (correction.isPresent()) {
            Query corrected = withSynonyms(wordInAnyField(correction.get()), correction.get());
            if (corrected != null) {
                corrections.put(word.toLowerCase(java.util.Locale.ROOT), correction.get());
                return new BoostQuery(corrected, CORRECTED_WEIGHT);
            }
        }
        Query fuzzy = anyField(this::fuzzyTerms, word);
        return fuzzy == null ? wordInAnyField(word) : new BoostQuery(fuzzy, FUZZY_WEIGHT);
    }

    private Query fuzzyTerms(String field, String word) {
        List<String> terms = terms(word, false);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String term : terms) {
            int edits = term.length() <= 5 ? 1 : 2;
            any.add(new FuzzyQuery(new Term(field, term), edits, 1, FUZZY_MAX_EXPANSIONS, true),
                    BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /**
     * A word matched in any weighted field, each of its terms scored by its best field plus a share of the others,
     * with the term's document frequency blended across the fields ({@link BlendedTermQuery}): a word that is rare
     * in titles but common in text does not get an outsized title weight.
     */
    private Query wordInAnyField(String word) {
        List<String> terms = plainTerms(word);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String term : terms) {
            BlendedTermQuery.Builder blended = new BlendedTermQuery.Builder()
                    .setRewriteMethod(new BlendedTermQuery.DisjunctionMaxRewrite(profile.fieldTieBreaker()));
            profile.fieldBoosts().forEach((field, boost) -> blended.add(new Term(field, term), boost));
            any.add(blended.build(), BooleanClause.Occur.SHOULD);
        }
        return terms.size() == 1 ? any.build().clauses().get(0).query() : any.build();
    }

    private List<String> plainTerms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = plainAnalyzer.tokenStream(ChunkFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!terms.contains(term.toString())) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string failed", e);
        }
        return terms;
    }

    /**
     * Words that synonyms of several typed words bring in ({@code lower back} gives {@code lumbar}): the per-word
     * clauses cannot see them, so they are added here at a lower weight.
     */
    private Query multiWordSynonyms(String plainWords) {
        String[] words = plainWords.strip().split("\\s+");
        if (words.length < 2) {
            return null;
        }
        Set<String> known = new LinkedHashSet<>(terms(plainWords, false));
        for (String word : words) {
            known.addAll(terms(word, true)); // single-word synonyms are already in that word's clause
        }
        List<String> added = new ArrayList<>(terms(plainWords, true));
        added.removeAll(known);
        Query query = termsInAnyField(added);
        return query == null ? null : new BoostQuery(query, SYNONYM_WEIGHT);
    }

    /** Each term matched in any weighted field, OR-ed; {@code null} for no terms. */
    private Query termsInAnyField(List<String> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String term : terms) {
            List<Query> perField = new ArrayList<>();
            profile.fieldBoosts().forEach((field, boost) ->
                    perField.add(new BoostQuery(new TermQuery(new Term(field, term)), boost)));
            any.add(new DisjunctionMaxQuery(perField, profile.fieldTieBreaker()), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** The analyzed terms of {@code text}: those the synonym filter added, or those it did not. */
    private List<String> terms(String text, boolean synonymsOnly) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = synonymAnalyzer.tokenStream(ChunkFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                boolean synonym = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
                if (synonym == synonymsOnly && !terms.contains(term.toString())) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string failed", e);
        }
        return terms;
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
