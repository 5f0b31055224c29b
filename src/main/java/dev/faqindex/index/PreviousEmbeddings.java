package dev.faqindex.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;

/**
 * The embeddings of the commit about to be replaced, by the hash of their embedded text, read before a rebuild
 * overwrites the folder so unchanged chunks are not embedded again.
 */
final class PreviousEmbeddings {

    /**
     * A chunk's embeddings: of its whole text and of its title alone (the title is part of the hashed text, so one
     * hash identifies both).
     *
     * @param text the embedding of breadcrumb and body
     * @param title the embedding of the title; {@code null} in a commit written before titles were embedded
     */
    record Embeddings(float[] text, float[] title) {
    }

    private PreviousEmbeddings() {
    }

    /** Every chunk's embeddings in the latest commit in {@code directory} by their hash; empty when none. */
    static Map<String, Embeddings> read(Directory directory) throws IOException {
        Map<String, Embeddings> byHash = new HashMap<>();
        if (!DirectoryReader.indexExists(directory)) {
            return byHash;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext context : reader.leaves()) {
                LeafReader leaf = context.reader();
                FloatVectorValues vectors = leaf.getFloatVectorValues(ChunkFields.VECTOR);
                if (vectors == null) {
                    continue;
                }
                StoredFields stored = leaf.storedFields();
                KnnVectorValues.DocIndexIterator it = vectors.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    String hash = stored.document(doc, Set.of(ChunkFields.EMBEDDING_HASH)).get(ChunkFields.EMBEDDING_HASH);
                    if (hash != null) {
                        byHash.put(hash, new Embeddings(vectors.vectorValue(it.index()).clone(), // the buffer is reused
                                VectorBytes.read(leaf, ChunkFields.TITLE_VECTOR, doc)));
                    }
                }
            }
        }
        return byHash;
    }
}
