package dev.faqindex.search;

import dev.faqindex.content.Chunk;
import dev.faqindex.content.ChunkType;
import dev.faqindex.index.ChunkDocuments;
import dev.faqindex.index.ChunkFields;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A tiny index in memory, written with the real schema ({@link ChunkDocuments}) and analyzers, for unit tests of the
 * ranking parts: chunks are added with {@link #faq} and {@link #section}, optionally with an embedding.
 */
final class InMemoryChunks implements AutoCloseable {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final List<Document> documents = new ArrayList<>();
    private DirectoryReader reader;

    /** Adds an FAQ entry of article {@code article}. */
    InMemoryChunks faq(String id, String article, String question, String answer, String... tags) {
        return add(chunk(id, ChunkType.FAQ, article, question, answer, tags), null);
    }

    /** Adds a section of article {@code article}. */
    InMemoryChunks section(String id, String article, String heading, String text, String... tags) {
        return add(chunk(id, ChunkType.SECTION, article, heading, text, tags), null);
    }

    /** Adds one part of a split section of article {@code article}: the parts of a section share its anchor. */
    InMemoryChunks part(String id, String article, String anchor, String heading, String text) {
        return add(new Chunk(id, ChunkType.SECTION, article, article, heading, List.of(article, heading), anchor,
                "/" + article + "#" + anchor, text, List.of(), 0), null);
    }

    /** Adds an FAQ entry with an embedding, scaled to unit length as the real index keeps them. */
    InMemoryChunks faq(String id, String question, String answer, float[] vector) {
        return add(chunk(id, ChunkType.FAQ, "faq", question, answer), unit(vector));
    }

    /** {@code vector} scaled to length 1. */
    static float[] unit(float[] vector) {
        double length = 0;
        for (float value : vector) {
            length += value * value;
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / Math.sqrt(length));
        }
        return unit;
    }

    private InMemoryChunks add(Chunk chunk, float[] vector) {
        Document document = ChunkDocuments.toDocument(chunk);
        if (vector != null) {
            document.add(new KnnFloatVectorField(ChunkFields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        documents.add(document);
        return this;
    }

    private static Chunk chunk(String id, ChunkType type, String article, String title, String body,
            String... tags) {
        return new Chunk(id, type, article, article, title, List.of(article, title), id, "/" + article + "#" + id,
                body, List.of(tags), 0);
    }

    /** The query analyzer with the synonyms of {@code rules} (Solr format, as in a synonym file). */
    static Analyzer synonyms(String rules) {
        try {
            return SynonymFile.queryAnalyzer(new StringReader(rules));
        } catch (IOException | ParseException e) {
            throw new IllegalArgumentException("bad synonym rules: " + rules, e);
        }
    }

    /** A searcher over every chunk added so far (written on first use). */
    IndexSearcher searcher() {
        try {
            if (reader == null) {
                try (IndexWriter writer = new IndexWriter(directory,
                        new IndexWriterConfig(ChunkDocuments.writingAnalyzer()))) {
                    writer.addDocuments(documents);
                }
                reader = DirectoryReader.open(directory);
            }
            return new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the chunks that {@code query} matches, sorted. */
    Set<String> matching(Query query) throws IOException {
        IndexSearcher searcher = searcher();
        Set<String> ids = new TreeSet<>();
        for (ScoreDoc hit : searcher.search(query, documents.size()).scoreDocs) {
            ids.add(id(hit.doc));
        }
        return ids;
    }

    /** The ids of the ranked documents, in order. */
    List<String> ids(ScoreDoc[] ranked) throws IOException {
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : ranked) {
            ids.add(id(hit.doc));
        }
        return ids;
    }

    private String id(int doc) throws IOException {
        return searcher().storedFields().document(doc, Set.of(ChunkFields.ID)).get(ChunkFields.ID);
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        directory.close();
    }
}
