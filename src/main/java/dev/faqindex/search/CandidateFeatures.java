package dev.faqindex.search;

import dev.faqindex.content.ChunkType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The measured facts about one candidate chunk of one query that the learned ranking weighs, each a number,
 * comparable across queries where it can be (shares of the query's words, cosines) and relative to the other
 * candidates where it must be (BM25 over the best BM25, ranks). Names are the keys of the model file.
 *
 * @param values each {@link #NAMES name}'s value, in that order
 */
record CandidateFeatures(double[] values) {

    /** The features, in the order of {@link #values}. */
    static final List<String> NAMES = List.of(
            "lex",            // the lexical query's BM25 over the best candidate's (0 when not a lexical match)
            "lexrank",        // 1 / rank in the lexical ranking (0 when not in it)
            "cos",            // cosine of the query and the chunk's text
            "cos_rel",        // that cosine less the best candidate's
            "vecrank",        // 1 / rank in the vector ranking (0 when not in it)
            "cos_title",      // cosine of the query and the chunk's title alone
            "cos_title_faq",  // the same for an FAQ entry, 0 for a section: a question matches a question
            "cov_title",      // share of the query's content words (idf-weighted) found in the title
            "cov_body",       // ... in the body
            "cov_any",        // ... anywhere in the chunk
            "bm25_title",     // BM25 of the content words in the title, over the most they could score
            "bm25_body",      // ... in the body
            "prox_title",     // share of the query's neighbouring content words that are both in the title
            "prox_body",      // ... within three positions of each other in the body
            "title_prec",     // share of the title's content words (idf-weighted) that the query has
            "title_prec_faq", // the same for an FAQ entry, 0 for a section
            "faq");           // 1 for an FAQ entry, 0 for a section

    /** The query-level facts that calibration weighs beside the ranking score. */
    static final List<String> QUERY_NAMES = List.of("q_unknown", "q_maxcos");

    CandidateFeatures {
        if (values.length != NAMES.size()) {
            throw new IllegalArgumentException("expected " + NAMES.size() + " features, got " + values.length);
        }
    }

    /** The value of the feature {@code name}. */
    double get(String name) {
        int index = NAMES.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no feature " + name);
        }
        return values[index];
    }

    /**
     * Measures one candidate.
     *
     * @param matches where the query's content terms occur in the chunk
     * @param idf each content term's inverse document frequency (a term the index lacks counts as the rarest)
     * @param averageLength each field's average length over the index
     * @param lexical lexical score over the best candidate's, 1 / lexical rank
     * @param vector cosine to the text, that less the best, 1 / vector rank, cosine to the title
     * @param titlePrecision share of the title's content words the query has
     * @param type the chunk's type
     */
    static CandidateFeatures of(TermMatches.InChunk matches, double[] idf, double[] averageLength, double[] lexical,
            double[] vector, double titlePrecision, ChunkType type) {
        double total = Math.max(1e-9, Arrays.stream(idf).sum());
        double faq = type == ChunkType.FAQ ? 1 : 0;
        double[] values = {
            lexical[0], lexical[1], vector[0], vector[1], vector[2], vector[3], faq * vector[3],
            coverage(matches, idf, TermMatches.TITLE) / total, coverage(matches, idf, TermMatches.BODY) / total,
            coverageAny(matches, idf) / total,
            bm25(matches, idf, averageLength, TermMatches.TITLE) / total,
            bm25(matches, idf, averageLength, TermMatches.BODY) / total,
            proximity(matches, idf, TermMatches.TITLE, Integer.MAX_VALUE),
            proximity(matches, idf, TermMatches.BODY, 3),
            titlePrecision, faq * titlePrecision, faq};
        return new CandidateFeatures(values);
    }

    /** Named values, for explanations. */
    Map<String, Double> named() {
        Map<String, Double> named = new java.util.LinkedHashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            named.put(NAMES.get(i), values[i]);
        }
        return named;
    }

    private static double coverage(TermMatches.InChunk matches, double[] idf, int field) {
        double sum = 0;
        for (int t = 0; t < idf.length; t++) {
            if (matches.frequency(field, t) > 0) {
                sum += idf[t];
            }
        }
        return sum;
    }

    static double coverageAny(TermMatches.InChunk matches, double[] idf) {
        double sum = 0;
        for (int t = 0; t < idf.length; t++) {
            for (int field = 0; field < TermMatches.FIELDS.length; field++) {
                if (matches.frequency(field, t) > 0) {
                    sum += idf[t];
                    break;
                }
            }
        }
        return sum;
    }

    /** BM25 (k1 1.2, b 0.75, as Lucene's) of the terms in one field, without Lucene's query boosts. */
    private static double bm25(TermMatches.InChunk matches, double[] idf, double[] averageLength, int field) {
        double sum = 0;
        for (int t = 0; t < idf.length; t++) {
            int tf = matches.frequency(field, t);
            if (tf > 0) {
                double norm = 1.2 * (1 - 0.75 + 0.75 * matches.length()[field] / Math.max(1e-9, averageLength[field]));
                sum += idf[t] * tf / (tf + norm);
            }
        }
        return sum;
    }

    /**
     * Share (weighted by the lesser idf of each pair) of the query's neighbouring content-term pairs that occur within
     * {@code window} positions of each other in the field, in either order.
     */
    private static double proximity(TermMatches.InChunk matches, double[] idf, int field, int window) {
        double have = 0;
        double all = 0;
        for (int t = 0; t + 1 < idf.length; t++) {
            double weight = Math.min(idf[t], idf[t + 1]);
            all += weight;
            int[] a = matches.positions()[field][t];
            int[] b = matches.positions()[field][t + 1];
            if (a != null && b != null && near(a, b, window)) {
                have += weight;
            }
        }
        return all == 0 ? 0 : have / all;
    }

    private static boolean near(int[] a, int[] b, int window) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] != b[j] && Math.abs((long) a[i] - b[j]) <= window) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }
}
