package dev.faqindex.search;

import dev.faqindex.index.ChunkDocuments;
import dev.faqindex.index.ChunkFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * Shows a split section as one result: a section too long for one chunk is indexed as several parts that share its
 * anchor, and of the parts a ranking holds only the best-placed one is kept, where it stands. A step between ranking
 * and presenting, so that search, retrieval and related chunks show each section once.
 */
final class SplitSections {

    /** Chunks ranked beyond twice the number wanted, so that a page is still full once parts collapse. */
    private static final int SPARE = 10;
    private static final Set<String> SECTION_FIELDS = Set.of(ChunkFields.ARTICLE, ChunkFields.ANCHOR);

    private SplitSections() {
    }

    /** How many chunks to rank so that, once parts collapse, {@code wanted} sections are very likely among them. */
    static int depth(int wanted) {
        return (int) Math.min(Integer.MAX_VALUE - 1L, 2L * wanted + SPARE);
    }

    /**
     * The ranking with each section's first part only. Its count of matches is unchanged: like the facets, it counts
     * chunks.
     */
    static Ranked collapse(Ranked ranked) throws IOException {
        ScoreDoc[] kept = distinct(ranked.searcher(), ranked.top());
        return kept == ranked.top() ? ranked : ranked.withTop(kept);
    }

    /** The documents in order, each section's first part only. */
    static ScoreDoc[] distinct(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        Set<String> seen = new HashSet<>();
        List<ScoreDoc> kept = new ArrayList<>(docs.length);
        for (ScoreDoc doc : docs) {
            if (seen.add(section(searcher, doc.doc))) {
                kept.add(doc);
            }
        }
        return kept.size() == docs.length ? docs : kept.toArray(ScoreDoc[]::new);
    }

    /** The section a document belongs to: its article and anchor. */
    static String section(IndexSearcher searcher, int doc) throws IOException {
        Document fields = searcher.storedFields().document(doc, SECTION_FIELDS);
        return ChunkDocuments.sectionKey(fields.get(ChunkFields.ARTICLE), fields.get(ChunkFields.ANCHOR));
    }
}
