package dev.faqindex.search;

import dev.faqindex.content.Chunk;
import dev.faqindex.index.ChunkFields;
import dev.faqindex.index.EnglishTextAnalyzer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;

/** Builds "more like this" queries from a chunk's own title and body, with Lucene's {@link MoreLikeThis}. */
final class RelatedChunks {

    Query likeQuery(IndexReader reader, Chunk chunk) throws IOException {
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
