package dev.faqindex.search;

import java.util.List;

/**
 * One page of ranked hits for a query.
 *
 * @param query the query as received
 * @param total number of chunks that match
 * @param tookMs time spent searching and highlighting, in milliseconds
 * @param hits the requested page of hits, best first
 */
public record SearchResult(String query, long total, long tookMs, List<SearchHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
