package dev.faqindex.index;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;

/**
 * Lucene's default codec with the chunk embeddings ({@link ChunkFields#VECTOR}) in an HNSW graph over scalar-quantized
 * vectors (8 bits per dimension, optimized scalar quantization): the graph is searched with a quarter of the bytes
 * of the float vectors, which stay on disk beside them.
 *
 * <p>It keeps the default codec's name: the format is chosen through the codec's per-field hook and recorded per
 * field in the segment, so any Lucene 10.6 reader (the plain default codec included) opens the index without this
 * class. Segment merges rebuild the graph with as many workers as there are cores, on the merge scheduler's
 * intra-merge threads.
 */
final class ChunkCodec extends Lucene104Codec {

    /** Neighbours per graph node and candidates kept while inserting: Lucene's defaults. */
    private static final int MAX_CONNECTIONS = 16;
    private static final int BEAM_WIDTH = 100;
    /** Segments below this many vectors are searched exhaustively, without a graph: Lucene's default. */
    private static final int TINY_SEGMENT_THRESHOLD = 100;

    private final KnnVectorsFormat chunkVectors;

    ChunkCodec() {
        this(Runtime.getRuntime().availableProcessors());
    }

    ChunkCodec(int mergeWorkers) {
        // No executor of our own: with more than one worker Lucene borrows the merge scheduler's intra-merge executor.
        this.chunkVectors = new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.UNSIGNED_BYTE,
                MAX_CONNECTIONS, BEAM_WIDTH, Math.max(1, mergeWorkers), null, TINY_SEGMENT_THRESHOLD);
    }

    @Override
    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return ChunkFields.VECTOR.equals(field) ? chunkVectors : super.getKnnVectorsFormatForField(field);
    }
}
