package dev.faqindex.search;

import dev.faqindex.index.ChunkFields;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;

/** Counts the matching chunks per type, article and tag, from doc values, with Lucene's facet module. */
final class FacetCounter {

    /** The faceted fields, in the order they appear in a response. */
    static final List<String> FIELDS = List.of(ChunkFields.TYPE, ChunkFields.ARTICLE, ChunkFields.TAGS);
    private static final int MAX_VALUES = 50;

    private FacetCounter() {
    }

    /** For each faceted field, its values among the collected hits with their counts, most frequent first. */
    static Map<String, Map<String, Integer>> count(IndexReader reader, FacetsCollector hits) throws IOException {
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        FieldInfos fieldInfos = FieldInfos.getMergedFieldInfos(reader);
        for (String field : FIELDS) {
            Map<String, Integer> values = new LinkedHashMap<>();
            FieldInfo info = fieldInfos.fieldInfo(field);
            if (info != null && info.getDocValuesType() != org.apache.lucene.index.DocValuesType.NONE) {
                StringValueFacetCounts counts =
                        new StringValueFacetCounts(new StringDocValuesReaderState(reader, field), hits);
                FacetResult result = counts.getTopChildren(MAX_VALUES, field);
                if (result != null) {
                    for (LabelAndValue value : result.labelValues) {
                        values.put(value.label, value.value.intValue());
                    }
                }
            }
            facets.put(field, values);
        }
        return facets;
    }
}
