package dev.faqindex.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.BytesRef;

/**
 * A vector kept as binary doc values rather than in a searchable vector graph: for vectors that are read per document
 * (the {@link ChunkFields#TITLE_VECTOR title embedding}) and never searched, so indexing builds no graph for them.
 */
public final class VectorBytes {

    private VectorBytes() {
    }

    /** The bytes of {@code vector}: its floats, big-endian. */
    public static BytesRef encode(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES);
        buffer.asFloatBuffer().put(vector);
        return new BytesRef(buffer.array());
    }

    /** The vector of {@code bytes} as {@link #encode} wrote it. */
    public static float[] decode(BytesRef bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).asFloatBuffer().get(vector);
        return vector;
    }

    /** The vector in {@code field} of {@code doc} (a document of {@code leaf}), or {@code null} when it has none. */
    public static float[] read(LeafReader leaf, String field, int doc) throws IOException {
        BinaryDocValues values = leaf.getBinaryDocValues(field);
        return values != null && values.advanceExact(doc) ? decode(values.binaryValue()) : null;
    }
}
