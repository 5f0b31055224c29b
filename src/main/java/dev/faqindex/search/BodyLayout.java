package dev.faqindex.search;

import dev.faqindex.index.ChunkDocuments;
import dev.faqindex.index.ChunkFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * What highlighting needs of a chunk body that does not depend on the query: its tokens as the index holds them
 * (term, position, offsets), found by analysing the text again with the analyzer the index was written with, in the
 * order the analyzer gave them. Kept compact, as many are cached: the distinct terms joined in one string, each
 * token's term, position and offsets as chars.
 */
final class BodyLayout {

    /** The longest text a layout is made of: offsets and positions must fit in a char. */
    static final int MAX_TEXT = Character.MAX_VALUE / 2;

    private final String vocabulary;
    private final int[] termEnds;
    private final int[] termHashes;
    private final char[] termOf;
    private final char[] positions;
    private final char[] starts;
    private final char[] ends;

    private BodyLayout(String vocabulary, int[] termEnds, int[] termHashes, char[] termOf, char[] positions,
            char[] starts, char[] ends) {
        this.vocabulary = vocabulary;
        this.termEnds = termEnds;
        this.termHashes = termHashes;
        this.termOf = termOf;
        this.positions = positions;
        this.starts = starts;
        this.ends = ends;
    }

    /** The layout of {@code body} as the index analysed it; {@code body} is at most {@link #MAX_TEXT} long. */
    static BodyLayout of(String body, Analyzer writingAnalyzer) {
        if (body.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a body of " + body.length() + " chars is too long for a layout");
        }
        Map<String, Integer> distinct = new HashMap<>();
        StringBuilder vocabulary = new StringBuilder();
        int[] termEnds = new int[16];
        int count = 0;
        char[] termOf = new char[16];
        char[] positions = new char[16];
        char[] starts = new char[16];
        char[] ends = new char[16];
        try (TokenStream tokens = writingAnalyzer.tokenStream(ChunkFields.BODY, body)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            int position = -1;
            while (tokens.incrementToken()) {
                position += increment.getPositionIncrement();
                if (count == termOf.length) {
                    termOf = Arrays.copyOf(termOf, count * 2);
                    positions = Arrays.copyOf(positions, count * 2);
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                Integer index = distinct.get(term.toString());
                if (index == null) {
                    index = distinct.size();
                    distinct.put(term.toString(), index);
                    vocabulary.append(term);
                    if (index == termEnds.length) {
                        termEnds = Arrays.copyOf(termEnds, index * 2);
                    }
                    termEnds[index] = vocabulary.length();
                }
                termOf[count] = (char) (int) index;
                positions[count] = inChar(position);
                starts[count] = inChar(offsets.startOffset());
                ends[count] = inChar(offsets.endOffset());
                count++;
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a body in memory", e);
        }
        String joined = vocabulary.toString();
        int[] hashes = new int[distinct.size()];
        for (int t = 0; t < hashes.length; t++) {
            hashes[t] = hash(joined, t == 0 ? 0 : termEnds[t - 1], termEnds[t]);
        }
        return new BodyLayout(joined, Arrays.copyOf(termEnds, distinct.size()), hashes, Arrays.copyOf(termOf, count),
                Arrays.copyOf(positions, count), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    /** The analyzer the index's bodies were written with. */
    static Analyzer writingAnalyzer() {
        return ChunkDocuments.writingAnalyzer();
    }

    /** Number of distinct terms. */
    int terms() {
        return termEnds.length;
    }

    /** Whether distinct term {@code t} is {@code text}, whose {@link String#hashCode} is {@code hash}. */
    boolean termIs(int t, String text, int hash) {
        if (termHashes[t] != hash) {
            return false;
        }
        int start = t == 0 ? 0 : termEnds[t - 1];
        return termEnds[t] - start == text.length() && vocabulary.regionMatches(start, text, 0, text.length());
    }

    /** Number of tokens. */
    int tokens() {
        return termOf.length;
    }

    /** The distinct term of token {@code i}. */
    int termOf(int i) {
        return termOf[i];
    }

    int position(int i) {
        return positions[i];
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** Bytes this layout holds, roughly. */
    int weight() {
        return 96 + 2 * vocabulary.length() + 8 * termEnds.length + 8 * termOf.length;
    }

    /** {@link String#hashCode} of {@code text}'s chars from {@code start} to {@code end}. */
    private static int hash(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return hash;
    }

    private static char inChar(int value) {
        if (value < 0 || value > Character.MAX_VALUE) {
            throw new IllegalStateException("token value " + value + " out of a layout's range");
        }
        return (char) value;
    }
}
