package dev.faqindex.content.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Cuts one over-long run of text into pieces of bounded length, at sentence ends first, then at whitespace. */
final class TextSplitter {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u2026])\\s+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private TextSplitter() {}

    /** Pieces of {@code text}, each at most {@code limit} characters, that read back as the text (whitespace aside). */
    static List<String> split(String text, int limit) {
        List<String> pieces = new ArrayList<>();
        for (String sentence : pack(SENTENCE_END.split(text.strip()), " ", limit)) {
            if (sentence.length() <= limit) {
                pieces.add(sentence);
            } else {
                for (String words : pack(WHITESPACE.split(sentence), " ", limit)) {
                    pieces.addAll(hardCut(words, limit));
                }
            }
        }
        return pieces;
    }

    /** Greedily joins consecutive parts while the result stays within the limit; over-long parts stay alone. */
    private static List<String> pack(String[] parts, String separator, int limit) {
        List<String> packed = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String part : parts) {
            if (!current.isEmpty() && current.length() + separator.length() + part.length() > limit) {
                packed.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append(separator);
            }
            current.append(part);
        }
        if (!current.isEmpty()) {
            packed.add(current.toString());
        }
        return packed;
    }

    private static List<String> hardCut(String text, int limit) {
        List<String> cuts = new ArrayList<>();
        for (int start = 0; start < text.length(); start += limit) {
            cuts.add(text.substring(start, Math.min(text.length(), start + limit)));
        }
        return cuts;
    }
}
