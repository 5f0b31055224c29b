package dev.faqindex.index;

import java.io.IOException;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DoubleValuesSourceRescorer;
import org.apache.lucene.search.FullPrecisionFloatVectorSimilarityValuesSource;
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
        return new ExactScores(vector).rescore(searcher, graph, n).scoreDocs;
    }

    /** Replaces each candidate's graph score with the exact one. */
    private static final class ExactScores extends DoubleValuesSourceRescorer {
        ExactScores(float[] vector) {
            super(new FullPrecisionFloatVectorSimilarityValuesSource(vector, ChunkFields.VECTOR,
                    VectorSimilarityFunction.DOT_PRODUCT));
        }

        @Override
        protected float combine(float graphScore, boolean hasVector, double exactScore) {
            return hasVector ? (float) exactScore : graphScore;
        }
    }
}
