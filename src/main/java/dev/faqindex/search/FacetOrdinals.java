package dev.faqindex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The values of the faceted fields of one reader, read once from doc values into arrays: the distinct combinations
 * of values that documents have over all fields (their profiles: the chunks of one article mostly share one), each
 * document's profile, and each profile's values per field as ordinals over the whole reader (ordered as the values
 * sort, like Lucene's own facet ordinals) with the value of each ordinal. Counting a search's matches is then one
 * increment per match, of its profile's count, and the profiles' counts are spread over their values once at the
 * end. Immutable.
 */
final class FacetOrdinals {

    private final List<String> fields;
    /** Each reader-wide document's profile. */
    private final int[] profiles;
    /** Per field: where each profile's ordinals start in {@link #profileOrdinals} (profile p ends at p + 1). */
    private final int[][] profileStarts;
    /** Per field: the ordinals of every profile, one after the other. */
    private final int[][] profileOrdinals;
    private final int profileCount;
    private final String[][] values;

    private FacetOrdinals(List<String> fields, int[] profiles, List<int[][]> byProfile, String[][] values) {
        this.fields = fields;
        this.profiles = profiles;
        this.profileCount = byProfile.size();
        this.profileStarts = new int[fields.size()][byProfile.size() + 1];
        this.profileOrdinals = new int[fields.size()][];
        for (int f = 0; f < fields.size(); f++) {
            int used = 0;
            for (int p = 0; p < byProfile.size(); p++) {
                profileStarts[f][p] = used;
                used += byProfile.get(p)[f].length;
            }
            profileStarts[f][byProfile.size()] = used;
            profileOrdinals[f] = new int[used];
            for (int p = 0; p < byProfile.size(); p++) {
                System.arraycopy(byProfile.get(p)[f], 0, profileOrdinals[f], profileStarts[f][p],
                        byProfile.get(p)[f].length);
            }
        }
        this.values = values;
    }

    /** Reads {@code fields} of {@code reader}; a field without doc values has no values. */
    static FacetOrdinals read(IndexReader reader, List<String> fields) throws IOException {
        int[][] starts = new int[fields.size()][];
        int[][] ordinals = new int[fields.size()][];
        String[][] values = new String[fields.size()][];
        for (int f = 0; f < fields.size(); f++) {
            readField(reader, fields.get(f), f, starts, ordinals, values);
        }
        int[] profiles = new int[reader.maxDoc()];
        Map<Profile, Integer> known = new HashMap<>();
        List<int[][]> profileOrdinals = new ArrayList<>();
        for (int doc = 0; doc < profiles.length; doc++) {
            int[][] perField = new int[fields.size()][];
            for (int f = 0; f < perField.length; f++) {
                perField[f] = Arrays.copyOfRange(ordinals[f], starts[f][doc], starts[f][doc + 1]);
            }
            Integer profile = known.putIfAbsent(new Profile(perField), profileOrdinals.size());
            if (profile == null) {
                profile = profileOrdinals.size();
                profileOrdinals.add(perField);
            }
            profiles[doc] = profile;
        }
        return new FacetOrdinals(List.copyOf(fields), profiles, profileOrdinals, values);
    }

    /** A combination of values, per field, compared by content. */
    private record Profile(int[][] ordinals) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Profile profile && Arrays.deepEquals(ordinals, profile.ordinals);
        }

        @Override
        public int hashCode() {
            return Arrays.deepHashCode(ordinals);
        }
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

    /** Number of distinct combinations of values (profiles) among the documents. */
    int profileCount() {
        return profileCount;
    }

    /** The profile of reader-wide document {@code doc}. */
    int profile(int doc) {
        return profiles[doc];
    }

    /**
     * Per field, per ordinal: how many documents have that value, from how many have each profile
     * ({@code perProfile}, indexed by profile), where only the first {@code seenCount} profiles of {@code seen} (each
     * once) have any.
     */
    int[][] counts(int[] perProfile, int[] seen, int seenCount) {
        int[][] counts = new int[fields.size()][];
        for (int f = 0; f < counts.length; f++) {
            int[] fieldCounts = new int[valueCount(f)];
            int[] starts = profileStarts[f];
            int[] ordinals = profileOrdinals[f];
            for (int s = 0; s < seenCount; s++) {
                int profile = seen[s];
                int count = perProfile[profile];
                for (int i = starts[profile], end = starts[profile + 1]; i < end; i++) {
                    fieldCounts[ordinals[i]] += count;
                }
            }
            counts[f] = fieldCounts;
        }
        return counts;
    }
}
