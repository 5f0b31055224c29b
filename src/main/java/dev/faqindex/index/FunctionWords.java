package dev.faqindex.index;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * English function words ({@code how}, {@code should}, {@code my}): Snowball's English stop list as Lucene ships
 * it. They say how something is asked rather than what, so ranking weighs them little and query rules look past them.
 */
public final class FunctionWords {

    /** The words, lower case; read-only. */
    public static final CharArraySet SET = CharArraySet.unmodifiableSet(load());

    private FunctionWords() {
    }

    /** Whether {@code word} (lower case) is a function word. */
    public static boolean contains(String word) {
        return SET.contains(word);
    }

    private static CharArraySet load() {
        try (Reader reader = new InputStreamReader(
                SnowballFilter.class.getResourceAsStream("english_stop.txt"), StandardCharsets.UTF_8)) {
            return WordlistLoader.getSnowballWordSet(reader);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Lucene's English stop list is missing from the class path", e);
        }
    }
}
