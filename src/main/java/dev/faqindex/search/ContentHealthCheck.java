package dev.faqindex.search;

import dev.faqindex.content.Chunk;
import dev.faqindex.index.ChunkFields;
import dev.faqindex.index.NearestChunks;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Works out the {@link ContentHealth} of one index commit: every page with its review date, and sections of different
 * pages that mean nearly the same. Each section's nearest neighbour on another page is found through the vector
 * graph (one small k-nearest search per section, so the cost grows with the index as searching does), and kept when
 * their cosine is at least {@link #DUPLICATE_COSINE}; an index without embeddings compares the sections' words. The
 * result is kept for the commit it was made from.
 */
final class ContentHealthCheck {

    /** Cosine from which two sections are reported as saying nearly the same. */
    static final double DUPLICATE_COSINE = 0.95;
    /** Sections shorter than this say too little to be called duplicates ("See below."). */
    static final int MIN_DUPLICATE_CHARS = 60;
    /** Sections compared at most; past it the check says how many it compared. */
    static final int MAX_CHECKED = 20_000;
    /** Pairs reported at most. */
    static final int MAX_DUPLICATES = 200;

    private record Made(long version, ContentHealth health) {
    }

    private final Searchers searchers;
    private volatile Made made;

    ContentHealthCheck(Searchers searchers) {
        this.searchers = searchers;
    }

    ContentHealth current() throws IOException {
        return searchers.use(searcher -> {
            long version = version(searcher.getIndexReader());
            Made known = made;
            if (known != null && known.version() == version) {
                return known.health();
            }
            ContentHealth health = check(searcher);
            made = new Made(version, health);
            return health;
        });
    }

    private static ContentHealth check(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Map<String, List<Chunk>> byArticle = new LinkedHashMap<>();
        List<Chunk> chunks = new ArrayList<>(reader.numDocs());
        int[] docs = new int[reader.maxDoc()];
        int n = 0;
        for (ScoreDoc hit : searcher.search(new MatchAllDocsQuery(), Math.max(1, reader.maxDoc())).scoreDocs) {
            Chunk chunk = ChunkStore.read(searcher, hit.doc);
            chunks.add(chunk);
            docs[n++] = hit.doc;
            byArticle.computeIfAbsent(chunk.articleSlug(), slug -> new ArrayList<>()).add(chunk);
        }
        List<ContentHealth.Page> pages = new ArrayList<>();
        byArticle.forEach((slug, parts) -> {
            Chunk first = parts.getFirst();
            LocalDate reviewed = parts.stream().map(Chunk::reviewed).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(null);
            pages.add(new ContentHealth.Page(slug, first.articleTitle(), first.path(), reviewed, first.internal(),
                    parts.size()));
        });
        pages.sort(Comparator.comparing(ContentHealth.Page::slug));
        int checked = Math.min(chunks.size(), MAX_CHECKED);
        List<ContentHealth.Duplicate> duplicates = hasVectors(reader)
                ? nearDuplicates(searcher, chunks, docs, checked) : sameWords(chunks, checked);
        return new ContentHealth(pages, duplicates, checked, chunks.size());
    }

    private static List<ContentHealth.Duplicate> nearDuplicates(IndexSearcher searcher, List<Chunk> chunks,
            int[] docs, int checked) throws IOException {
        Map<Integer, float[]> vectors = vectors(searcher.getIndexReader(), checked == 0 ? -1 : docs[checked - 1]);
        Map<Integer, Chunk> byDoc = new HashMap<>();
        for (int i = 0; i < chunks.size(); i++) {
            byDoc.put(docs[i], chunks.get(i));
        }
        Set<String> seen = new HashSet<>();
        List<ContentHealth.Duplicate> found = new ArrayList<>();
        for (int i = 0; i < checked; i++) {
            Chunk chunk = chunks.get(i);
            float[] vector = vectors.get(docs[i]);
            if (vector == null || chunk.body().strip().length() < MIN_DUPLICATE_CHARS) {
                continue;
            }
            Query otherPages = new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(ChunkFields.ARTICLE, chunk.articleSlug())), BooleanClause.Occur.MUST_NOT)
                    .build();
            ScoreDoc[] nearest = NearestChunks.search(searcher, vector, 1, otherPages);
            if (nearest.length == 0) {
                continue;
            }
            double cosine = 2 * nearest[0].score - 1; // dot-product scores are (1 + cosine) / 2
            Chunk other = byDoc.get(nearest[0].doc);
            if (cosine >= DUPLICATE_COSINE && other != null && other.body().strip().length() >= MIN_DUPLICATE_CHARS) {
                add(found, seen, chunk, other, cosine);
            }
        }
        found.sort(Comparator.comparingDouble(ContentHealth.Duplicate::similarity).reversed()
                .thenComparing(ContentHealth.Duplicate::first));
        return found.size() <= MAX_DUPLICATES ? found : found.subList(0, MAX_DUPLICATES);
    }

    /** Without embeddings: sections of different pages with the same words. */
    private static List<ContentHealth.Duplicate> sameWords(List<Chunk> chunks, int checked) {
        Map<String, Chunk> firstWithText = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<ContentHealth.Duplicate> found = new ArrayList<>();
        for (Chunk chunk : chunks.subList(0, checked)) {
            String words = chunk.body().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            if (words.length() < MIN_DUPLICATE_CHARS) {
                continue;
            }
            Chunk earlier = firstWithText.putIfAbsent(words, chunk);
            if (earlier != null && !earlier.articleSlug().equals(chunk.articleSlug()) && found.size() < MAX_DUPLICATES) {
                add(found, seen, earlier, chunk, 1);
            }
        }
        return found;
    }

    private static void add(List<ContentHealth.Duplicate> found, Set<String> seen, Chunk a, Chunk b, double cosine) {
        Chunk first = a.id().compareTo(b.id()) <= 0 ? a : b;
        Chunk second = first == a ? b : a;
        if (seen.add(first.id() + "\u0000" + second.id())) {
            found.add(new ContentHealth.Duplicate(first.id(), String.join(" › ", first.breadcrumb()), second.id(),
                    String.join(" › ", second.breadcrumb()), Math.round(cosine * 1000) / 1000.0));
        }
    }

    private static boolean hasVectors(IndexReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader().getFieldInfos().fieldInfo(ChunkFields.VECTOR) != null) {
                return true;
            }
        }
        return false;
    }

    /** The embeddings of the documents up to {@code lastDoc}, by document number. */
    private static Map<Integer, float[]> vectors(IndexReader reader, int lastDoc) throws IOException {
        Map<Integer, float[]> vectors = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(ChunkFields.VECTOR);
            if (values == null) {
                continue;
            }
            KnnVectorValues.DocIndexIterator it = values.iterator();
            for (int doc = it.nextDoc(); doc != KnnVectorValues.DocIndexIterator.NO_MORE_DOCS
                    && leaf.docBase + doc <= lastDoc; doc = it.nextDoc()) {
                vectors.put(leaf.docBase + doc, values.vectorValue(it.index()).clone());
            }
        }
        return vectors;
    }

    private static long version(IndexReader reader) {
        return reader instanceof DirectoryReader directory ? directory.getVersion() : -1;
    }
}
