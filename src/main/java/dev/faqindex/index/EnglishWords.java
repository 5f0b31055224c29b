package dev.faqindex.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.Locale;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Tells a correctly spelled English word from a typo, by the Hunspell en_US dictionary (SCOWL, shipped in the jar
 * beside its licence) read with Lucene's Hunspell support: {@code reset}, {@code cake} and {@code stretching} are
 * words, {@code streching} and {@code xqzvbnm} are not. A word is accepted as typed, in lower case or capitalised
 * ({@code canada} as {@code Canada}), and with affixes the dictionary allows ({@code resetting}).
 *
 * <p>The dictionary is read once per JVM, on first use (about half a second, a few MB of heap), and shared; it is
 * thread-safe.
 */
public final class EnglishWords {

    private static final String RESOURCE = "hunspell/en_US";
    /** Longest word checked; longer strings are no English word and checking them costs time. */
    private static final int MAX_LENGTH = 40;

    private final Dictionary dictionary;

    private EnglishWords(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The one instance, reading the dictionary on the first call. */
    public static EnglishWords shared() {
        return Holder.INSTANCE;
    }

    /** Whether {@code word} is spelled correctly as an English word. */
    public boolean isWord(String word) {
        if (word == null || word.isEmpty() || word.length() > MAX_LENGTH) {
            return false;
        }
        // A Hunspell speller keeps working buffers, so each check gets its own; the dictionary is shared.
        Hunspell speller = new Hunspell(dictionary);
        String lower = word.toLowerCase(Locale.ROOT);
        return speller.spell(word) || speller.spell(lower)
                || speller.spell(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }

    /** Lazy holder: class initialisation reads the dictionary once, whichever thread asks first. */
    private static final class Holder {
        static final EnglishWords INSTANCE = load();

        private static EnglishWords load() {
            try (InputStream aff = open(RESOURCE + ".aff"); InputStream dic = open(RESOURCE + ".dic")) {
                return new EnglishWords(new Dictionary(new ByteBuffersDirectory(), "hunspell", aff, dic));
            } catch (IOException e) {
                throw new UncheckedIOException("reading the English dictionary " + RESOURCE + " failed", e);
            } catch (ParseException e) {
                throw new IllegalStateException("the English dictionary " + RESOURCE + " is malformed", e);
            }
        }

        private static InputStream open(String name) throws IOException {
            InputStream in = EnglishWords.class.getResourceAsStream(name);
            if (in == null) {
                throw new IOException(name + " is missing from the class path");
            }
            return in;
        }
    }
}
