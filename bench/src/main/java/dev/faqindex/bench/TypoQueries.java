package dev.faqindex.bench;

import dev.faqindex.eval.JudgedQuery;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a misspelt copy of a query set, deterministically: in each query the longest word of at least five
 * letters (the first, on a tie) gets two adjacent interior letters swapped; the judgments stay the same.
 */
public final class TypoQueries {

    private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");

    private TypoQueries() {
    }

    /** Each query of {@code queries} with one typo; a query without a word of five letters is kept as it is. */
    public static List<JudgedQuery> of(List<JudgedQuery> queries) {
        return queries.stream()
                .map(q -> new JudgedQuery(q.id(), misspell(q.text()), q.relevantIds(), q.titleAlternatives()))
                .toList();
    }

    /** {@code text} with its longest word of five or more letters misspelt by {@link #swapInterior(String)}. */
    public static String misspell(String text) {
        Matcher words = WORD.matcher(text);
        int start = -1;
        int end = -1;
        while (words.find()) {
            if (words.end() - words.start() > end - start) {
                start = words.start();
                end = words.end();
            }
        }
        if (start < 0) {
            return text;
        }
        return text.substring(0, start) + swapInterior(text.substring(start, end)) + text.substring(end);
    }

    /**
     * Swaps the two adjacent interior letters nearest the middle of {@code word} that differ (first and last letter
     * stay), e.g. {@code glute} to {@code gltue}; a word whose interior letters are all alike is returned as is.
     */
    static String swapInterior(String word) {
        char[] letters = word.toCharArray();
        int middle = letters.length / 2 - 1;
        for (int offset = 0; offset < letters.length; offset++) {
            for (int i : new int[] {middle - offset, middle + offset}) {
                if (i >= 1 && i + 1 <= letters.length - 2 && letters[i] != letters[i + 1]) {
                    char swap = letters[i];
                    letters[i] = letters[i + 1];
                    letters[i + 1] = swap;
                    return new String(letters);
                }
            }
        }
        return word;
    }
}
