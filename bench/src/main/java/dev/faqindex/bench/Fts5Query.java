package dev.faqindex.bench;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns user text into an FTS5 match expression: its words, each quoted, OR-ed, so that no user text can break the
 * FTS5 query syntax.
 */
public final class Fts5Query {

    private Fts5Query() {
    }

    /**
     * The words of {@code text} (runs of letters and digits, as FTS5's unicode61 tokenizer sees them), each quoted and
     * joined with {@code OR}; empty when the text has no word.
     */
    public static String orOfWords(String text) {
        return words(text).stream()
                .map(word -> '"' + word.replace("\"", "\"\"") + '"')
                .collect(Collectors.joining(" OR "));
    }

    /** The words of {@code text}: runs of letters and digits, as the peers' tokenizers see them. */
    public static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
    }
}
