package dev.faqindex.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;

/**
 * The stored fields of recently read chunks, decoded, so that a search does not decompress a block of the index for
 * every chunk it looks at. A search reads the stored fields of each of its candidates several times (the learned
 * ranking reads titles, answers to one question are grouped by title, split sections by anchor, the page's hits
 * whole, the highlighter the body), and every read of Lucene's compressed stored fields decompresses the block that
 * holds the chunk: in profiles of new queries at 10k chunks that was a third of a search's CPU time. The same chunks
 * come back across queries (a corpus's popular chunks answer many questions), so they are kept decoded, per segment
 * (a segment's stored fields never change, so entries stay valid across commits that keep it) and bounded by the
 * size of their text. Thread-safe.
 */
final class StoredDocuments {

    /** Bytes of decoded stored fields kept at most (estimated from their text and binary values). */
    static final long DEFAULT_MAX_BYTES = 48L << 20;

    private record Key(IndexReader.CacheKey segment, int doc) {
    }

    private final Cache<Key, Fields> cache;

    StoredDocuments(long maxBytes) {
        cache = Caffeine.newBuilder().maximumWeight(maxBytes).weigher((Key key, Fields fields) -> fields.weight())
                .build();
    }

    /** Stored fields of {@code reader}'s documents (top-level numbers) read through this cache. */
    StoredFields of(IndexReader reader) {
        return new StoredFields() {
            @Override
            public void document(int doc, StoredFieldVisitor visitor) throws IOException {
                List<LeafReaderContext> leaves = reader.leaves();
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                read(leaf.reader(), doc - leaf.docBase).replay(visitor);
            }
        };
    }

    private Fields read(LeafReader segment, int doc) throws IOException {
        IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
        if (helper == null) {
            return Fields.read(segment, doc);
        }
        return PerCommit.load(cache, new Key(helper.getKey(), doc), () -> Fields.read(segment, doc));
    }

    /** One value of a stored field, as the index gave it to a visitor. */
    private record Value(FieldInfo field, Object value) {

        StoredFieldVisitor.Status replay(StoredFieldVisitor visitor) throws IOException {
            StoredFieldVisitor.Status status = visitor.needsField(field);
            if (status == StoredFieldVisitor.Status.YES) {
                switch (value) {
                    case String text -> visitor.stringField(field, text);
                    case byte[] bytes -> visitor.binaryField(field, bytes.clone());
                    case Integer number -> visitor.intField(field, number);
                    case Long number -> visitor.longField(field, number);
                    case Float number -> visitor.floatField(field, number);
                    case Double number -> visitor.doubleField(field, number);
                    default -> throw new IllegalStateException("unexpected stored value " + value.getClass());
                }
            }
            return status;
        }

        long weight() {
            return 48 + switch (value) {
                case String text -> 2L * text.length();
                case byte[] bytes -> bytes.length;
                default -> 8;
            };
        }
    }

    /** Every stored value of one document, in stored order. */
    private record Fields(List<Value> values) {

        static Fields read(LeafReader segment, int doc) throws IOException {
            List<Value> values = new ArrayList<>();
            segment.storedFields().document(doc, new StoredFieldVisitor() {
                @Override
                public Status needsField(FieldInfo field) {
                    return Status.YES;
                }

                @Override
                public void binaryField(FieldInfo field, byte[] value) {
                    values.add(new Value(field, value));
                }

                @Override
                public void stringField(FieldInfo field, String value) {
                    values.add(new Value(field, value));
                }

                @Override
                public void intField(FieldInfo field, int value) {
                    values.add(new Value(field, value));
                }

                @Override
                public void longField(FieldInfo field, long value) {
                    values.add(new Value(field, value));
                }

                @Override
                public void floatField(FieldInfo field, float value) {
                    values.add(new Value(field, value));
                }

                @Override
                public void doubleField(FieldInfo field, double value) {
                    values.add(new Value(field, value));
                }
            });
            return new Fields(List.copyOf(values));
        }

        /** Replays the values to {@code visitor} as the index would, stopping where it says so. */
        void replay(StoredFieldVisitor visitor) throws IOException {
            for (Value value : values) {
                if (value.replay(visitor) == StoredFieldVisitor.Status.STOP) {
                    return;
                }
            }
        }

        int weight() {
            return (int) Math.min(Integer.MAX_VALUE, 64 + values.stream().mapToLong(Value::weight).sum());
        }
    }
}
