package dev.faqindex.search;

import dev.faqindex.index.ChunkFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts every match of a query per type, article and tag, in one pass over the matches: each matching chunk adds
 * one to the counts of its values, read from {@link FacetOrdinals} (made once per reader, ahead of the searches by
 * {@link #warm}, and kept for the newest two readers: the one serving and the one about to). Values are reported
 * most frequent first, ties in value order, as Lucene's facet module does. Thread-safe.
 */
final class FacetCounter {

    /** The faceted fields, in the order they appear in a response. */
    static final List<String> FIELDS = List.of(ChunkFields.TYPE, ChunkFields.ARTICLE, ChunkFields.TAGS);
    private static final int MAX_VALUES = 50;

    /**
     * The facets of a query's matches.
     *
     * @param facets for each faceted field, its values among the matches with their counts, most frequent first
     * @param matches the number of matching chunks
     */
    record Counted(Map<String, Map<String, Integer>> facets, long matches) {
    }

    private record ReaderOrdinals(IndexReader reader, FacetOrdinals ordinals) {
    }

    /** The ordinals of the newest reader first, then of the one before it (searches may still run on it). */
    private volatile List<ReaderOrdinals> kept = List.of();

    /** Reads the facet values of {@code reader} now, so that searches on it need not. */
    void warm(IndexReader reader) throws IOException {
        ordinalsFor(reader);
    }

    /** Runs {@code query} on {@code searcher} (unscored) and counts its matches' values. */
    Counted count(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, tally(searcher.getIndexReader()));
    }

    /**
     * Counts the values of every document collected on {@code reader}'s leaves: what {@link #count} runs, for a
     * search that collects its matches for something else too (a ranking that visits every match anyway).
     */
    CollectorManager<?, Counted> tally(IndexReader reader) throws IOException {
        FacetOrdinals ordinals = ordinalsFor(reader);
        return new CollectorManager<Counting, Counted>() {
            @Override
            public Counting newCollector() {
                return new Counting(ordinals);
            }

            @Override
            public Counted reduce(Collection<Counting> collectors) {
                Counting total = collectors.size() == 1 ? collectors.iterator().next() : new Counting(ordinals);
                for (Counting collector : collectors) {
                    if (collector != total) {
                        total.add(collector);
                    }
                }
                int[][] counts = ordinals.counts(total.perProfile, total.seen, total.seenCount);
                Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
                for (int f = 0; f < FIELDS.size(); f++) {
                    facets.put(FIELDS.get(f), top(ordinals, f, counts[f]));
                }
                return new Counted(facets, total.matches);
            }
        };
    }

    /** The most frequent values (at most {@value #MAX_VALUES}), ties broken by value order. */
    private static Map<String, Integer> top(FacetOrdinals ordinals, int f, int[] counts) {
        // The least of the best so far on top; an ordinal enters only when it beats it (most do not).
        PriorityQueue<int[]> best = new PriorityQueue<>(MAX_VALUES + 1,
                (a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(b[0], a[0]));
        int least = 0;
        for (int ordinal = 0; ordinal < counts.length; ordinal++) {
            int count = counts[ordinal];
            if (count > least || (count > 0 && best.size() < MAX_VALUES)) {
                best.add(new int[] {ordinal, count});
                if (best.size() > MAX_VALUES) {
                    best.poll();
                }
                if (best.size() == MAX_VALUES) {
                    least = best.peek()[1];
                }
            }
        }
        List<int[]> ordered = new ArrayList<>(best);
        ordered.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        Map<String, Integer> values = new LinkedHashMap<>();
        for (int[] entry : ordered) {
            values.put(ordinals.value(f, entry[0]), entry[1]);
        }
        return values;
    }

    private FacetOrdinals ordinalsFor(IndexReader reader) throws IOException {
        FacetOrdinals known = find(kept, reader);
        if (known != null) {
            return known;
        }
        synchronized (this) {
            known = find(kept, reader);
            if (known == null) {
                known = FacetOrdinals.read(reader, FIELDS);
                ReaderOrdinals fresh = new ReaderOrdinals(reader, known);
                kept = kept.isEmpty() ? List.of(fresh) : List.of(fresh, kept.getFirst()); // older readers' go
            }
            return known;
        }
    }

    private static FacetOrdinals find(List<ReaderOrdinals> kept, IndexReader reader) {
        for (ReaderOrdinals entry : kept) {
            if (entry.reader() == reader) {
                return entry.ordinals();
            }
        }
        return null;
    }

    /**
     * One collector's counts: how many matches have each profile of values ({@link FacetOrdinals}), and the profiles
     * seen, in the order first seen (so that a query matching few chunks spreads few profiles, however many there are).
     */
    private static final class Counting extends SimpleCollector {
        private final FacetOrdinals ordinals;
        private final int[] perProfile;
        private int[] seen = new int[16];
        private int seenCount;
        private long matches;
        private int docBase;

        Counting(FacetOrdinals ordinals) {
            this.ordinals = ordinals;
            this.perProfile = new int[ordinals.profileCount()];
        }

        private void add(int profile, int count) {
            if (perProfile[profile] == 0) {
                if (seenCount == seen.length) {
                    seen = Arrays.copyOf(seen, seenCount * 2);
                }
                seen[seenCount++] = profile;
            }
            perProfile[profile] += count;
        }

        void add(Counting other) {
            for (int i = 0; i < other.seenCount; i++) {
                add(other.seen[i], other.perProfile[other.seen[i]]);
            }
            matches += other.matches;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            docBase = context.docBase;
        }

        @Override
        public void collect(int doc) {
            add(ordinals.profile(docBase + doc), 1);
            matches++;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
