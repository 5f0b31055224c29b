package dev.faqindex.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Finds the chunks nearest a vector: the quantized HNSW graph ({@link ChunkCodec}) is searched for more candidates
 * than asked, and those are rescored with the full-precision vectors, so the hits come with exact dot-product scores
 * (what score thresholds and fusion expect) and quantization costs no recall at the top.
 */
public final class NearestChunks {

    /** Candidates taken from the graph per hit asked for. */
    static final int OVERSAMPLING = 2;

    private NearestChunks() {
    }

    /**
     * The {@code n} chunks nearest {@code vector} among those {@code filter} matches (all when null), best first,
     * scored {@code (1 + dot product) / 2} as Lucene scores {@link VectorSimilarityFunction#DOT_PRODUCT}.
     */
    public static ScoreDoc[] search(IndexSearcher searcher, float[] vector, int n, Query filter) throws IOException {
        int candidates = n * OVERSAMPLING;
        TopDocs graph = searcher.search(new KnnFloatVectorQuery(ChunkFields.VECTOR, vector, candidates, filter),
                candidates);
        if (graph.scoreDocs.length == 0) {
            return graph.scoreDocs;
        }
        return exactTop(searcher, vector, graph.scoreDocs, n);
    }

    /** The candidates scored with their float vectors, best first, the first {@code n}. */
    private static ScoreDoc[] exactTop(IndexSearcher searcher, float[] vector, ScoreDoc[] candidates, int n)
            throws IOException {
        ScoreDoc[] byDoc = candidates.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(hit -> hit.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leaf = -1;
        FloatVectorValues values = null;
        KnnVectorValues.DocIndexIterator docs = null;
        ScoreDoc[] exact = new ScoreDoc[byDoc.length];
        for (int i = 0; i < byDoc.length; i++) {
            int doc = byDoc[i].doc;
            int next = ReaderUtil.subIndex(doc, leaves);
            if (next != leaf) {
                leaf = next;
                values = leaves.get(leaf).reader().getFloatVectorValues(ChunkFields.VECTOR);
                docs = values.iterator();
            }
            int local = doc - leaves.get(leaf).docBase;
            float score = docs.advance(local) == local
                    ? VectorSimilarityFunction.DOT_PRODUCT.compare(vector, values.vectorValue(docs.index()))
                    : byDoc[i].score;
            exact[i] = new ScoreDoc(doc, score);
        }
        Arrays.sort(exact, Comparator.comparingDouble((ScoreDoc hit) -> -hit.score).thenComparingInt(hit -> hit.doc));
        return Arrays.copyOf(exact, Math.min(n, exact.length));
    }
}
