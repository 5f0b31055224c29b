package dev.faqindex.bench;

import java.util.Locale;

/**
 * The bm25 column weights of the FTS5 baseline, as the shared eval README defines them.
 *
 * @param title weight of the heading or question
 * @param breadcrumb weight of the enclosing headings
 * @param body weight of the section text or answer
 */
public record FieldWeights(double title, double breadcrumb, double body) {

    /** Articles: title 3, breadcrumb 2, body 1. */
    public static final FieldWeights ARTICLES = new FieldWeights(3, 2, 1);

    /** FAQ collections such as StackFAQ: question 2, answer 1 (the breadcrumb is not weighted). */
    public static final FieldWeights QUESTION_ANSWER = new FieldWeights(2, 0, 1);

    /** The {@code bm25(chunks, ...)} call for the {@code chunks} table, its unindexed id column weighted 0. */
    String bm25Call() {
        return String.format(Locale.ROOT, "bm25(chunks, 0, %s, %s, %s)", title, breadcrumb, body);
    }
}
