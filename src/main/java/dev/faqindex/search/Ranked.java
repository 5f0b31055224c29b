package dev.faqindex.search;

import dev.faqindex.content.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * One query ranked on one searcher: what the {@link SearchPipeline} hands to the steps after ranking (paging and
 * grouping for search, distinct passages within a budget for retrieve).
 *
 * @param searcher the time-limited searcher the ranking ran on: stored fields, snippets and explanations are read
 *     from it, so they come from the same commit
 * @param lexical the lexical query as built and as rewritten (what snippets highlight and explanations explain)
 * @param suggestion the user's text with misspellings corrected, or {@code null}
 * @param top the best chunks, best first, as many as were asked for or fewer
 * @param total how many chunks match (counted exactly when the search asked for counts)
 * @param facets for each faceted field, its values among the matches with their counts; empty when not counted
 * @param assessed each top document's learned assessment (score, confidence, features); empty when the ranking was
 *     not learned (an explicit fusion, as {@code eval --fusion} measures)
 * @param words the query's content and function words
 * @param vector the query's embedding, or {@code null}
 */
record Ranked(IndexSearcher searcher, ModeRanker.Lexical lexical, String suggestion, ScoreDoc[] top, long total,
        Map<String, Map<String, Integer>> facets, Map<Integer, LearnedRanking.Assessed> assessed, QueryWords words,
        float[] vector) {

    /**
     * A chunk and its score in one ranking.
     *
     * @param confidence the probability that it answers the query, or {@code null} when not assessed
     */
    record RankedChunk(Chunk chunk, float score, Double confidence) {
    }

    /** The same ranking with {@code newTop} as its best chunks and {@code newTotal} matches (after query rules). */
    Ranked withTop(ScoreDoc[] newTop, long newTotal) {
        return new Ranked(searcher, lexical, suggestion, newTop, newTotal, facets, assessed, words, vector);
    }

    /** The confidence of {@code doc}, or {@code null} when it was not assessed. */
    Double confidence(int doc) {
        LearnedRanking.Assessed assessment = assessed.get(doc);
        return assessment == null ? null : assessment.confidence();
    }

    /** The same ranking holding only {@code kept} of its top documents (in their order), counts unchanged. */
    Ranked withTop(ScoreDoc[] kept) {
        return new Ranked(searcher, lexical, suggestion, kept, total, facets, assessed, words, vector);
    }

    /** Whether matching stopped at the search time limit, so that the ranking holds what was found by then. */
    boolean timedOut() {
        return searcher.timedOut();
    }

    /** The top chunks with their scores and blocks (what a passage is cut by), best first. */
    List<RankedChunk> chunks() {
        List<RankedChunk> chunks = new ArrayList<>(top.length);
        for (ScoreDoc hit : top) {
            chunks.add(new RankedChunk(ChunkStore.readWhole(searcher, hit.doc), hit.score, confidence(hit.doc)));
        }
        return chunks;
    }
}
