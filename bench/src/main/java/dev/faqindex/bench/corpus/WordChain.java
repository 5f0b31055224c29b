package dev.faqindex.bench.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * A first-order Markov chain over words: trained on sentences, it writes new sentences whose every pair of
 * neighbouring words occurs in the training text, so word frequencies and local word order follow the source.
 * Deterministic for a given sequence of random numbers.
 */
final class WordChain {

    private static final String END = "";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    /** What a kept word may contain: letters, digits, apostrophes and hyphens, then closing punctuation. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}'\\-.,;:!?]");

    private final Map<String, List<String>> next = new LinkedHashMap<>();
    private final List<String> starts = new ArrayList<>();

    /** Adds the sentences of {@code text} (a paragraph or line of prose) to the chain. */
    void train(String text) {
        for (String sentence : SENTENCE_END.split(text.strip())) {
            List<String> words = words(sentence);
            if (words.size() < 2) {
                continue;
            }
            starts.add(words.getFirst());
            for (int i = 0; i < words.size(); i++) {
                String following = i + 1 < words.size() ? words.get(i + 1) : END;
                next.computeIfAbsent(key(words.get(i)), k -> new ArrayList<>()).add(following);
            }
        }
    }

    /** Whether any sentence was learnt. */
    boolean isEmpty() {
        return starts.isEmpty();
    }

    /** A word that began a training sentence, picked at random. */
    String start(RandomGenerator random) {
        return starts.get(random.nextInt(starts.size()));
    }

    /**
     * Words following {@code first} along the chain, at most {@code maxWords} (including {@code first}); stops early
     * at a word that ended a training sentence.
     */
    List<String> walk(RandomGenerator random, String first, int maxWords) {
        List<String> words = new ArrayList<>();
        String word = first;
        while (word != null && words.size() < maxWords) {
            words.add(word);
            if (word.matches(".*[.!?]$")) {
                break; // it ended a sentence in the source
            }
            List<String> options = next.get(key(word));
            String following = options == null ? END : options.get(random.nextInt(options.size()));
            word = following.equals(END) ? null : following;
        }
        return words;
    }

    /** One sentence of at most {@code maxWords} words, capitalised and ending with a full stop. */
    String sentence(RandomGenerator random, int maxWords) {
        String text = String.join(" ", walk(random, start(random), maxWords));
        return capitalise(stripClosing(text)) + ".";
    }

    /** The words of a sentence, each cleaned of characters that markup formats would read as syntax. */
    static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        for (String raw : sentence.strip().split("\\s+")) {
            String word = NOT_WORD.matcher(raw).replaceAll("");
            word = word.replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The text without trailing punctuation. */
    static String stripClosing(String text) {
        return text.replaceAll("[\\s.,;:!?\\-]+$", "");
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** Transitions are shared between a word's forms with and without closing punctuation, in any case. */
    private static String key(String word) {
        return stripClosing(word).toLowerCase(Locale.ROOT);
    }
}
