package dev.faqindex.search;

import dev.faqindex.index.EnglishTextAnalyzer;
import dev.faqindex.index.FunctionWords;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The words of a question split by what they carry: content words (analysed to index terms, distinct, in the order
 * typed) and function words (pronouns, auxiliaries, question words, prepositions: Snowball's English stop list,
 * shipped with Lucene). {@code how should i stretch my hamstrings} has the content terms {@code stretch, hamstr};
 * ranking features look at those, so that {@code should} in a title does not make it an answer.
 *
 * @param contentTerms the index terms of the content words; the function words' terms when there is no content word
 * @param functionWords the function words as typed, lower-cased
 */
record QueryWords(List<String> contentTerms, List<String> functionWords) {

    /** Snowball's English stop words: function words that say how something is asked, not what. */
    static final CharArraySet FUNCTION_WORDS = FunctionWords.SET;
    private static final Analyzer ANALYZER = EnglishTextAnalyzer.forQueries();

    QueryWords {
        contentTerms = List.copyOf(contentTerms);
        functionWords = List.copyOf(functionWords);
    }

    /** The words of {@code text}, as a user typed it (or as corrected). */
    static QueryWords of(String text) {
        LinkedHashSet<String> content = new LinkedHashSet<>();
        List<String> function = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}\\p{N}'-]+")) {
            String word = raw.replaceAll("^['-]+|['-]+$", "");
            if (word.isEmpty()) {
                continue;
            }
            if (FUNCTION_WORDS.contains(word)) {
                function.add(word);
            } else {
                content.addAll(AnalyzedTerms.of(ANALYZER, word, type -> true));
            }
        }
        if (content.isEmpty()) {
            // A question of function words only ("what is it"): they are all it has to match on.
            function.forEach(word -> content.addAll(AnalyzedTerms.of(ANALYZER, word, type -> true)));
        }
        return new QueryWords(new ArrayList<>(content), function);
    }
}
