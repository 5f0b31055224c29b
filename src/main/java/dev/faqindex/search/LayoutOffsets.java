package dev.faqindex.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Where a plain disjunction of terms ({@link BodyTerms}) matches in a body, read from the body's cached tokens
 * ({@link BodyLayout}) instead of the postings: the same matches, in the same order, with the same term and
 * frequency as the highlighter's weight matches give (a disjunction of term matches ordered by position, each
 * reported once per term query asking for it, frequency 1). Where that order would rest on how Lucene breaks a tie
 * (two different tokens matched at one position), or the text is not the whole body as indexed, the standard
 * strategy answers instead.
 */
final class LayoutOffsets extends FieldOffsetStrategy {

    /** The layout of a segment's body, kept or made of its text. */
    @FunctionalInterface
    interface Layouts {
        BodyLayout of(LeafReader segment, int doc, String body);
    }

    private final FieldOffsetStrategy standard;
    private final BodyTerms terms;
    private final String[] texts;
    private final int[] hashes;
    private final BytesRef[] bytes;
    private final Layouts layouts;
    private final int maxLength;

    /**
     * @param standard the highlighter's own strategy, for what this one does not answer
     * @param terms what the query asks for in the field
     * @param layouts the layout of a body text
     * @param maxLength the highlighter's maximum text length: a text that long may be a cut body
     */
    LayoutOffsets(FieldOffsetStrategy standard, BodyTerms terms, Layouts layouts, int maxLength) {
        super(null);
        this.standard = standard;
        this.terms = terms;
        this.texts = terms.texts();
        this.hashes = new int[texts.length];
        this.bytes = new BytesRef[texts.length];
        for (int q = 0; q < texts.length; q++) {
            hashes[q] = texts[q].hashCode();
            bytes[q] = terms.bytes().get(texts[q]);
        }
        this.layouts = layouts;
        this.maxLength = Math.min(maxLength, BodyLayout.MAX_TEXT);
    }

    @Override
    public String getField() {
        return standard.getField();
    }

    @Override
    public UnifiedHighlighter.OffsetSource getOffsetSource() {
        return standard.getOffsetSource();
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
        OffsetsEnum matches = fromLayout(reader, docId, content);
        return matches != null ? matches : standard.getOffsetsEnum(reader, docId, content);
    }

    /** The matches in {@code content}, the segment's body, or null where this strategy does not answer. */
    OffsetsEnum fromLayout(LeafReader reader, int docId, String content) {
        if (content.length() >= maxLength || content.indexOf('\u2029') >= 0) {
            return null;
        }
        return matches(layouts.of(reader, docId, content));
    }

    /** The matches in a body of this layout, or null where their order is not certain. */
    private OffsetsEnum matches(BodyLayout layout) {
        int[] asked = new int[layout.terms()];
        BytesRef[] askedAs = new BytesRef[layout.terms()];
        boolean any = false;
        for (int t = 0; t < asked.length; t++) {
            for (int q = 0; q < texts.length; q++) {
                if (layout.termIs(t, texts[q], hashes[q])) {
                    asked[t] = terms.count(texts[q]);
                    askedAs[t] = bytes[q];
                    any = true;
                    break;
                }
            }
        }
        if (!any) {
            return OffsetsEnum.EMPTY;
        }
        int count = 0;
        int[] found = new int[8];
        int last = -1;
        for (int i = 0; i < layout.tokens(); i++) {
            int times = asked[layout.termOf(i)];
            if (times == 0) {
                continue;
            }
            if (last >= 0) {
                if (layout.position(i) < layout.position(last)) {
                    return null;
                }
                if (layout.position(i) == layout.position(last) && (layout.termOf(i) != layout.termOf(last)
                        || layout.start(i) != layout.start(last) || layout.end(i) != layout.end(last))) {
                    return null;
                }
            }
            last = i;
            for (int k = 0; k < times; k++) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
            }
        }
        return new Matched(Arrays.copyOf(found, count), layout, askedAs);
    }

    /** The matched tokens of one body, in order. */
    private static final class Matched extends OffsetsEnum {
        private final int[] tokens;
        private final BodyLayout layout;
        private final BytesRef[] bytes;
        private int at = -1;

        Matched(int[] tokens, BodyLayout layout, BytesRef[] bytes) {
            this.tokens = tokens;
            this.layout = layout;
            this.bytes = bytes;
        }

        @Override
        public boolean nextPosition() {
            return ++at < tokens.length;
        }

        @Override
        public int freq() {
            return 1;
        }

        @Override
        public BytesRef getTerm() {
            return bytes[layout.termOf(tokens[at])];
        }

        @Override
        public int startOffset() {
            return layout.start(tokens[at]);
        }

        @Override
        public int endOffset() {
            return layout.end(tokens[at]);
        }
    }
}
