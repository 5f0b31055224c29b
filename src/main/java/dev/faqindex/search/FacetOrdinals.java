package dev.faqindex.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The values of the faceted fields of one reader, read once from doc values into arrays: for each field, every
 * document's values as ordinals over the whole reader (ordered as the values sort, like Lucene's own facet
 * ordinals) and the value of each ordinal. Counting a search's matches is then a walk over arrays. Immutable.
 */
final class FacetOrdinals {

    private final List<String> fields;
    /** Per single-valued field: each document's ordinal, -1 for none; {@code null} for a multi-valued field. */
    private final int[][] single;
    /** Per multi-valued field: where each document's ordinals start in {@link #ordinals} (document d ends at d + 1). */
    private final int[][] starts;
    private final int[][] ordinals;
    private final String[][] values;

    private FacetOrdinals(List<String> fields, int[][] single, int[][] starts, int[][] ordinals, String[][] values) {
        this.fields = fields;
        this.single = single;
        this.starts = starts;
        this.ordinals = ordinals;
        this.values = values;
    }

    /** Reads {@code fields} of {@code reader}; a field without doc values has no values. */
    static FacetOrdinals read(IndexReader reader, List<String> fields) throws IOException {
        int[][] single = new int[fields.size()][];
        int[][] starts = new int[fields.size()][];
        int[][] ordinals = new int[fields.size()][];
        String[][] values = new String[fields.size()][];
        for (int f = 0; f < fields.size(); f++) {
            readField(reader, fields.get(f), f, starts, ordinals, values);
            single[f] = singleValued(starts[f], ordinals[f]);
            if (single[f] != null) {
                starts[f] = null;
                ordinals[f] = null;
            }
        }
        return new FacetOrdinals(List.copyOf(fields), single, starts, ordinals, values);
    }

    /** Each document's only ordinal (-1 for none), or {@code null} when some document has several. */
    private static int[] singleValued(int[] starts, int[] ordinals) {
        int[] single = new int[starts.length - 1];
        for (int doc = 0; doc < single.length; doc++) {
            int count = starts[doc + 1] - starts[doc];
            if (count > 1) {
                return null;
            }
            single[doc] = count == 0 ? -1 : ordinals[starts[doc]];
        }
        return single;
    }

    private static void readField(IndexReader reader, String field, int f, int[][] starts, int[][] ordinals,
            String[][] values) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SortedSetDocValues[] perLeaf = new SortedSetDocValues[leaves.size()];
        for (int i = 0; i < leaves.size(); i++) {
            perLeaf[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
        }
        OrdinalMap map = OrdinalMap.build(null, perLeaf, PackedInts.DEFAULT);
        String[] labels = new String[(int) map.getValueCount()];
        for (int global = 0; global < labels.length; global++) {
            labels[global] = perLeaf[map.getFirstSegmentNumber(global)]
                    .lookupOrd(map.getFirstSegmentOrd(global)).utf8ToString();
        }
        int[] docStarts = new int[reader.maxDoc() + 1];
        int[] docOrdinals = new int[Math.max(16, reader.maxDoc())];
        int used = 0;
        for (int i = 0; i < leaves.size(); i++) {
            LeafReaderContext leaf = leaves.get(i);
            SortedSetDocValues docValues = DocValues.getSortedSet(leaf.reader(), field);
            var toGlobal = map.getGlobalOrds(i);
            int next = 0;
            for (int doc = docValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docValues.nextDoc()) {
                for (; next <= doc; next++) {
                    docStarts[leaf.docBase + next] = used;
                }
                int count = docValues.docValueCount();
                if (used + count > docOrdinals.length) {
                    docOrdinals = Arrays.copyOf(docOrdinals, Math.max(used + count, docOrdinals.length * 2));
                }
                for (int k = 0; k < count; k++) {
                    docOrdinals[used++] = (int) toGlobal.get(docValues.nextOrd());
                }
            }
            for (; next < leaf.reader().maxDoc(); next++) {
                docStarts[leaf.docBase + next] = used;
            }
        }
        docStarts[reader.maxDoc()] = used;
        starts[f] = docStarts;
        ordinals[f] = Arrays.copyOf(docOrdinals, used);
        values[f] = labels;
    }

    List<String> fields() {
        return fields;
    }

    /** Number of distinct values of field {@code f}. */
    int valueCount(int f) {
        return values[f].length;
    }

    /** The value of ordinal {@code ordinal} of field {@code f}. */
    String value(int f, int ordinal) {
        return values[f][ordinal];
    }

    /** Adds one to {@code counts[f][o]} for each ordinal {@code o} of reader-wide document {@code doc}, per field. */
    void count(int doc, int[][] counts) {
        for (int f = 0; f < values.length; f++) {
            if (single[f] != null) {
                int ordinal = single[f][doc];
                if (ordinal >= 0) {
                    counts[f][ordinal]++;
                }
                continue;
            }
            int[] fieldStarts = starts[f];
            int[] fieldOrdinals = ordinals[f];
            int[] fieldCounts = counts[f];
            for (int i = fieldStarts[doc], end = fieldStarts[doc + 1]; i < end; i++) {
                fieldCounts[fieldOrdinals[i]]++;
            }
        }
    }
}
