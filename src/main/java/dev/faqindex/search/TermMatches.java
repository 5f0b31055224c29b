package dev.faqindex.search;

import dev.faqindex.index.ChunkFields;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * Where a query's content terms occur in each candidate chunk: per field (title, enclosing headings, body), each
 * term's frequency and positions and the field's length, read from the postings of the candidates alone (a few
 * hundred postings lookups for a page of candidates, not a pass over the matches).
 */
final class TermMatches {

    /** The fields read, in this order. */
    static final String[] FIELDS = {ChunkFields.TITLE, ChunkFields.PARENTS, ChunkFields.BODY};
    static final int TITLE = 0;
    static final int PARENTS = 1;
    static final int BODY = 2;

    /**
     * One chunk's matches.
     *
     * @param positions per field and term, the positions of the term (null where it does not occur)
     * @param length per field, its length in terms (as the norms keep it)
     */
    record InChunk(int[][][] positions, int[] length) {

        int frequency(int field, int term) {
            int[] at = positions[field][term];
            return at == null ? 0 : at.length;
        }
    }

    private TermMatches() {
    }

    /** The matches of {@code terms} in each of {@code docs} (top-level document numbers of {@code searcher}). */
    static Map<Integer, InChunk> read(IndexSearcher searcher, List<String> terms, int[] docs) throws IOException {
        Map<Integer, InChunk> out = new HashMap<>();
        for (int doc : docs) {
            out.put(doc, new InChunk(new int[FIELDS.length][terms.size()][], new int[FIELDS.length]));
        }
        int[] sorted = docs.clone();
        Arrays.sort(sorted);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (LeafReaderContext leaf : leaves) {
            int from = lowerBound(sorted, leaf.docBase);
            int to = lowerBound(sorted, leaf.docBase + leaf.reader().maxDoc());
            if (from == to) {
                continue;
            }
            for (int field = 0; field < FIELDS.length; field++) {
                readLengths(leaf, field, sorted, from, to, out);
                Terms fieldTerms = leaf.reader().terms(FIELDS[field]);
                if (fieldTerms == null) {
                    continue;
                }
                TermsEnum termsEnum = fieldTerms.iterator();
                for (int term = 0; term < terms.size(); term++) {
                    if (termsEnum.seekExact(new BytesRef(terms.get(term)))) {
                        readPositions(leaf, termsEnum.postings(null, PostingsEnum.POSITIONS), field, term, sorted, from,
                                to, out);
                    }
                }
            }
        }
        return out;
    }

    private static void readLengths(LeafReaderContext leaf, int field, int[] sorted, int from, int to,
            Map<Integer, InChunk> out) throws IOException {
        NumericDocValues norms = leaf.reader().getNormValues(FIELDS[field]);
        if (norms == null) {
            return;
        }
        for (int i = from; i < to; i++) {
            if (norms.advanceExact(sorted[i] - leaf.docBase)) {
                out.get(sorted[i]).length()[field] = SmallFloat.byte4ToInt((byte) norms.longValue());
            }
        }
    }

    private static void readPositions(LeafReaderContext leaf, PostingsEnum postings, int field, int term, int[] sorted,
            int from, int to, Map<Integer, InChunk> out) throws IOException {
        for (int i = from; i < to; i++) {
            int local = sorted[i] - leaf.docBase;
            int at = postings.docID() >= local ? postings.docID() : postings.advance(local);
            if (at == DocIdSetIterator.NO_MORE_DOCS) {
                return;
            }
            if (at == local) {
                int[] positions = new int[postings.freq()];
                for (int p = 0; p < positions.length; p++) {
                    positions[p] = postings.nextPosition();
                }
                out.get(sorted[i]).positions()[field][term] = positions;
            }
        }
    }

    private static int lowerBound(int[] sorted, int value) {
        int index = Arrays.binarySearch(sorted, value);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && sorted[index - 1] == value) {
            index--;
        }
        return index;
    }
}
