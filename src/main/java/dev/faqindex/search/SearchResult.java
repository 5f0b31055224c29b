package dev.faqindex.search;

import java.util.List;

/**
 * One page of ranked hits for a query.
 *
 * @param query the query as received
 * @param total number of chunks that match
 * @param tookMs time spent searching and highlighting, in milliseconds
 * @param hits the requested page of hits, best first
 * @param mode how the hits were ranked: {@code lexical}, {@code semantic} or {@code hybrid}
 */
public record SearchResult(String query, long total, long tookMs, List<SearchHit> hits, String mode) {

    public SearchResult {
        hits = List.copyOf(hits);
    }

    /** A lexical result. */
    public SearchResult(String query, long total, long tookMs, List<SearchHit> hits) {
        this(query, total, tookMs, hits, SearchMode.LEXICAL.label());
    }
}
