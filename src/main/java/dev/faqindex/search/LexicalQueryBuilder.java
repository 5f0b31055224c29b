package dev.faqindex.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns a {@link UserQuery} into a Lucene query over the {@linkplain WeightedFields weighted fields}: plain words
 * are OR-ed and scored with BM25, quoted phrases must match exactly, exclusions remove. A word the index has never
 * seen is forgiven as the {@link TypoPolicy} says; synonyms are added as the {@link SynonymExpansion} says.
 *
 * @param fields the fields words and phrases are matched in
 * @param synonyms the synonyms added to the words typed
 * @param typos which unknown words are forgiven, and how
 */
record LexicalQueryBuilder(WeightedFields fields, SynonymExpansion synonyms, TypoPolicy typos) {

    /**
     * Words and phrases of a query that take part, at most; the rest is ignored. A question runs to a few dozen
     * words; hundreds are pasted text or abuse, and each costs clauses and time.
     */
    static final int MAX_CLAUSES = 64;

    /** Weight of a function word (Snowball's English stop list) in a query that has other words. */
    static final float FUNCTION_WORD_WEIGHT = 0.1f;

    /**
     * The built query and what it learnt about the user's text.
     *
     * @param query the Lucene query
     * @param corrections misspelled words (lower-cased) and the indexed words used instead
     */
    record Built(Query query, Map<String, String> corrections) {
    }

    /** The query for {@code userQuery} against {@code reader}'s public vocabulary. */
    Built build(UserQuery userQuery, IndexReader reader) throws IOException {
        return build(userQuery, reader, Audience.PUBLIC);
    }

    /**
     * The query for {@code userQuery} against the vocabulary of {@code reader} that {@code audience} may see (typos
     * are forgiven and corrected from it); all-stop-word text matches nothing.
     */
    Built build(UserQuery userQuery, IndexReader reader, Audience audience) throws IOException {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        Forgiving forgiving = new Forgiving(reader, audience);
        boolean anyPositive = false;
        boolean anyExclusion = false;
        List<UserQuery.Clause> clauses = userQuery.clauses();
        boolean anyContentWord = clauses.stream().anyMatch(c -> c.occur() != UserQuery.Occur.MUST_NOT && !isFunctionWord(c));
        for (UserQuery.Clause clause : clauses.subList(0, Math.min(MAX_CLAUSES, clauses.size()))) {
            Optional<Query> query;
            if (clause.phrase()) {
                query = fields.phrase(clause.text());
            } else if (clause.occur() == UserQuery.Occur.MUST_NOT) {
                query = fields.word(clause.text());
            } else {
                query = forgiving.word(clause.text());
            }
            if (query.isEmpty()) {
                continue; // a stop word or punctuation: nothing to match on
            }
            if (anyContentWord && clause.occur() == UserQuery.Occur.SHOULD && isFunctionWord(clause)) {
                // "how", "should", "my": they say how something is asked, not what; in a title they must not outweigh
                // the words that name the subject.
                query = Optional.of(new BoostQuery(query.get(), FUNCTION_WORD_WEIGHT));
            }
            switch (clause.occur()) {
                case MUST -> root.add(query.get(), BooleanClause.Occur.MUST);
                case SHOULD -> root.add(query.get(), BooleanClause.Occur.SHOULD);
                case MUST_NOT -> {
                    root.add(query.get(), BooleanClause.Occur.MUST_NOT);
                    anyExclusion = true;
                    continue;
                }
            }
            anyPositive = true;
        }
        if (!anyPositive) {
            if (!anyExclusion) {
                return new Built(new MatchNoDocsQuery("no searchable words"), forgiving.corrections);
            }
            root.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            synonyms.ofSeveralWords(userQuery.plainWords())
                    .ifPresent(query -> root.add(query, BooleanClause.Occur.SHOULD));
        }
        return new Built(root.build(), forgiving.corrections);
    }

    private static boolean isFunctionWord(UserQuery.Clause clause) {
        return !clause.phrase() && QueryWords.FUNCTION_WORDS.contains(clause.text().toLowerCase(Locale.ROOT));
    }

    /** The typed words of one query, forgiven as the typo policy allows, with the corrections made. */
    private final class Forgiving {
        private final IndexReader reader;
        private final Audience audience;
        private final Map<String, String> corrections = new LinkedHashMap<>();
        private int forgiven;

        Forgiving(IndexReader reader, Audience audience) {
            this.reader = reader;
            this.audience = audience;
        }

        /**
         * A typed word: as is (with its synonyms) when the index or the synonym file knows it or it may not be
         * forgiven, else its correction (whose synonyms then apply), else a fuzzy match.
         */
        Optional<Query> word(String word) throws IOException {
            if (!typos.mayForgive(word, forgiven) || typos.isKnown(reader, word, audience) || synonyms.explains(word)) {
                return fields.word(word).map(query -> synonyms.withSynonyms(query, word));
            }
            forgiven++;
            Optional<String> correction = typos.correction(reader, word, audience);
            if (correction.isPresent()) {
                Optional<Query> corrected = fields.word(correction.get())
                        .map(query -> synonyms.withSynonyms(query, correction.get()));
                if (corrected.isPresent()) {
                    corrections.put(word.toLowerCase(Locale.ROOT), correction.get());
                    return corrected.map(typos::corrected);
                }
            }
            Optional<Query> fuzzy = fields.anyField(
                    (field, text) -> typos.fuzzyTerms(field, synonyms.typedTerms(text)), word);
            return fuzzy.isEmpty() ? fields.word(word) : fuzzy.map(typos::fuzzy);
        }
    }
}
