package dev.faqindex.search;

import dev.faqindex.content.Chunk;
import dev.faqindex.index.ChunkDocuments;
import dev.faqindex.index.ChunkFields;
import dev.faqindex.index.EnglishTextAnalyzer;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Chunks that talk about the same things as a given chunk: a "more like this" query ({@link MoreLikeThis}) made of
 * the chunk's own title and body, the chunk and the other parts of its section left out, each other section once.
 */
final class RelatedChunks {

    private final HitRenderer renderer;

    RelatedChunks(HitRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * The chunks most like the chunk {@code id}, best first, at most {@code limit}, among those {@code audience} may
     * see; empty when the id is unknown or not for {@code audience}.
     */
    Optional<List<SearchHit>> find(IndexSearcher searcher, String id, int limit, Audience audience)
            throws IOException {
        Optional<Integer> doc = ChunkStore.find(searcher, id);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        Chunk chunk = ChunkStore.read(searcher, doc.get());
        if (!audience.sees(chunk.visibility())) {
            return Optional.empty();
        }
        Query like = likeQuery(searcher.getIndexReader(), chunk);
        Query others = audience.restrict(new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(ChunkFields.SECTION,
                        ChunkDocuments.sectionKey(chunk.articleSlug(), chunk.anchor()))), BooleanClause.Occur.MUST_NOT)
                .build());
        TopDocs top = searcher.search(others, SplitSections.depth(limit));
        ScoreDoc[] distinct = SplitSections.distinct(searcher, top.scoreDocs);
        ScoreDoc[] best = Arrays.copyOf(distinct, Math.min(limit, distinct.length));
        return Optional.of(renderer.render(searcher, like, best, Optional.empty(), Map.of()));
    }

    private static Query likeQuery(IndexReader reader, Chunk chunk) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(EnglishTextAnalyzer.forQueries());
        mlt.setFieldNames(new String[] {ChunkFields.TITLE, ChunkFields.BODY});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMaxQueryTerms(25);
        mlt.setBoost(true);
        return mlt.like(Map.of(
                ChunkFields.TITLE, List.<Object>of(chunk.title()),
                ChunkFields.BODY, List.<Object>of(chunk.body())));
    }
}
