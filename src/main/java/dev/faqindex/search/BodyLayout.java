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
 * order the analyzer gave them.
 *
 * @param terms the distinct terms of the text
 * @param termOf each token's term, an index into {@code terms}
 * @param positions each token's position
 * @param starts each token's start offset
 * @param ends each token's end offset
 */
record BodyLayout(String[] terms, int[] termOf, int[] positions, int[] starts, int[] ends) {

    /** The layout of {@code body} as the index analysed it. */
    static BodyLayout of(String body, Analyzer writingAnalyzer) {
        Map<String, Integer> distinct = new HashMap<>();
        int count = 0;
        int[] termOf = new int[16];
        int[] positions = new int[16];
        int[] starts = new int[16];
        int[] ends = new int[16];
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
                termOf[count] = distinct.computeIfAbsent(term.toString(), t -> distinct.size());
                positions[count] = position;
                starts[count] = offsets.startOffset();
                ends[count] = offsets.endOffset();
                count++;
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a body in memory", e);
        }
        String[] terms = new String[distinct.size()];
        distinct.forEach((text, index) -> terms[index] = text);
        return new BodyLayout(terms, Arrays.copyOf(termOf, count),
                Arrays.copyOf(positions, count), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    /** The analyzer the index's bodies were written with. */
    static Analyzer writingAnalyzer() {
        return ChunkDocuments.writingAnalyzer();
    }

    /** Bytes this layout holds, roughly (its arrays and distinct terms). */
    int weight() {
        int weight = 64 + 16 * termOf.length;
        for (String term : terms) {
            weight += 48 + 2 * term.length();
        }
        return weight;
    }
}
