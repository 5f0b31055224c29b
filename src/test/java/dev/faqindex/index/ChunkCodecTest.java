package dev.faqindex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chunk vectors are written as a scalar-quantized HNSW graph that any reader opens and that still finds them. */
class ChunkCodecTest {

    private static final int DIMENSIONS = 64;
    private static final int CHUNKS = 2_000;

    @TempDir
    Path temp;

    @Test
    void vectorsAreQuantizedAndFoundAsWellAsUnquantizedOnesAfterMergingSegments() throws Exception {
        float[][] vectors = randomUnitVectors(CHUNKS, 7);
        float[][] queries = randomUnitVectors(50, 11);
        Path quantized = temp.resolve("quantized");
        Path plain = temp.resolve("plain");
        write(quantized, new ChunkCodec(2), vectors);
        write(plain, Codec.getDefault(), vectors);
        double plainRecall;
        try (Directory directory = FSDirectory.open(plain); DirectoryReader reader = DirectoryReader.open(directory)) {
            plainRecall = recallAtTen(new IndexSearcher(reader), vectors, queries, false);
        }
        // Opened as any Lucene reader opens it: the codec's name is the default's, the format is recorded per field.
        try (Directory directory = FSDirectory.open(quantized);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            assertEquals(1, reader.leaves().size());
            assertEquals(Codec.getDefault().getName(),
                    SegmentInfos.readLatestCommit(directory).info(0).info.getCodec().getName());
            LeafReaderContext leaf = reader.leaves().getFirst();
            assertEquals(Lucene104HnswScalarQuantizedVectorsFormat.NAME, leaf.reader().getFieldInfos()
                    .fieldInfo(ChunkFields.VECTOR).getAttribute(PerFieldKnnVectorsFormat.PER_FIELD_FORMAT_KEY));
            IndexSearcher searcher = new IndexSearcher(reader);
            double rescored = recallAtTen(searcher, vectors, queries, true);
            double graphOnly = recallAtTen(searcher, vectors, queries, false);
            assertTrue(rescored >= plainRecall - 0.02, "recall@10 " + rescored + " against float vectors' "
                    + plainRecall);
            assertTrue(rescored > graphOnly, "rescoring must win back what quantization loses: " + rescored
                    + " against " + graphOnly);
        }
    }

    /** Several segments, merged into one: the merge rebuilds the graph with the codec's merge workers. */
    private static void write(Path folder, Codec codec, float[][] vectors) throws Exception {
        IndexWriterConfig config = new IndexWriterConfig().setCodec(codec).setMaxBufferedDocs(300);
        try (Directory directory = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < vectors.length; i++) {
                Document document = new Document();
                document.add(new StoredField("n", i));
                document.add(new KnnFloatVectorField(ChunkFields.VECTOR, vectors[i],
                        VectorSimilarityFunction.DOT_PRODUCT));
                writer.addDocument(document);
            }
            writer.forceMerge(1);
            writer.commit();
        }
    }

    @Test
    void otherVectorFieldsKeepTheDefaultFormat() {
        assertEquals(new Lucene104Codec().getKnnVectorsFormatForField("another").getName(),
                new ChunkCodec().getKnnVectorsFormatForField("another").getName());
        assertEquals(Codec.getDefault().getName(), new ChunkCodec().getName());
    }

    private static double recallAtTen(IndexSearcher searcher, float[][] vectors, float[][] queries,
            boolean exactScores) throws Exception {
        int found = 0;
        for (float[] query : queries) {
            Set<Integer> exact = IntStream.range(0, vectors.length).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> -VectorUtil.dotProduct(vectors[i], query)))
                    .limit(10).collect(Collectors.toSet());
            var hits = exactScores ? NearestChunks.search(searcher, query, 10, null)
                    : searcher.search(new KnnFloatVectorQuery(ChunkFields.VECTOR, query, 10), 10).scoreDocs;
            for (var hit : hits) {
                int n = searcher.storedFields().document(hit.doc).getField("n").numericValue().intValue();
                found += exact.contains(n) ? 1 : 0;
            }
        }
        return found / (10.0 * queries.length);
    }

    private static float[][] randomUnitVectors(int count, long seed) {
        Random random = new Random(seed);
        float[][] vectors = new float[count][DIMENSIONS];
        for (float[] vector : vectors) {
            for (int d = 0; d < DIMENSIONS; d++) {
                vector[d] = (float) random.nextGaussian();
            }
            double norm = Math.sqrt(VectorUtil.dotProduct(vector, vector));
            for (int d = 0; d < DIMENSIONS; d++) {
                vector[d] /= (float) norm;
            }
        }
        return vectors;
    }
}
