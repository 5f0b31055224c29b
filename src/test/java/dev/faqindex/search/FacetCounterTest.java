package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.faqindex.index.ChunkFields;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The facet counter gives exactly what Lucene's facet module gives (the same counts, the same top values in the
 * same order, ties broken the same way), over several segments, deletions, and chunks without tags.
 */
class FacetCounterTest {

    private static final List<String> WORDS = List.of("plank", "bridge", "squat", "stretch", "core");

    @Test
    void countsLikeLucenesStringValueFacetCounts() throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            writeRandomChunks(directory, new Random(17));
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                FacetCounter counter = new FacetCounter();
                List<Query> queries = List.of(new MatchAllDocsQuery(), word("plank"),
                        new BooleanQuery.Builder().add(word("squat"), BooleanClause.Occur.SHOULD)
                                .add(word("core"), BooleanClause.Occur.SHOULD).build(),
                        word("nothing"));
                for (Query query : queries) {
                    FacetCounter.Counted counted = counter.count(searcher, query);
                    assertEquals(expected(searcher, query), counted.facets(), query.toString());
                    assertEquals(searcher.count(query), counted.matches(), query.toString());
                }
            }
        }
    }

    private static Query word(String word) {
        return new TermQuery(new Term("word", word));
    }

    /** 3,000 chunks over several segments: 2 types, 300 articles (ties in counts), up to 3 tags of 80, some deleted. */
    private static void writeRandomChunks(Directory directory, Random random) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setMaxBufferedDocs(400);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < 3000; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", "c" + i, Field.Store.NO));
                doc.add(new StringField("word", WORDS.get(random.nextInt(WORDS.size())), Field.Store.NO));
                String type = random.nextInt(3) == 0 ? "faq" : "section";
                doc.add(new SortedDocValuesField(ChunkFields.TYPE, new org.apache.lucene.util.BytesRef(type)));
                String article = "article-" + random.nextInt(300);
                doc.add(new SortedDocValuesField(ChunkFields.ARTICLE, new org.apache.lucene.util.BytesRef(article)));
                int tags = random.nextInt(4);
                for (int t = 0; t < tags; t++) {
                    doc.add(new SortedSetDocValuesField(ChunkFields.TAGS,
                            new org.apache.lucene.util.BytesRef("tag-" + random.nextInt(80))));
                }
                writer.addDocument(doc);
            }
            for (int i = 0; i < 3000; i += 7) {
                writer.deleteDocuments(new Term("id", "c" + i));
            }
            writer.commit();
        }
    }

    /** What Lucene's own string facet counting gives for the query. */
    private static Map<String, Map<String, Integer>> expected(IndexSearcher searcher, Query query)
            throws IOException {
        FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        for (String field : FacetCounter.FIELDS) {
            Map<String, Integer> values = new LinkedHashMap<>();
            FacetResult result = new StringValueFacetCounts(
                    new StringDocValuesReaderState(searcher.getIndexReader(), field), hits).getTopChildren(50, field);
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    values.put(value.label, value.value.intValue());
                }
            }
            facets.put(field, values);
        }
        return facets;
    }
}
