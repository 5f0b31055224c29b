package dev.faqindex.search;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One page of ranked hits for a query.
 *
 * @param query the query as received
 * @param total number of chunks that match (with the filters); the parts of a split section, shown as one hit, count
 *     each
 * @param tookMs time spent searching and highlighting, in milliseconds
 * @param hits the requested page of hits, best first (empty when grouping)
 * @param suggestion the query with misspelled words corrected from the index's vocabulary, or {@code null}
 * @param facets for the query without filters: counts per value of {@code type}, {@code article} and {@code tags}
 * @param groups when grouping by article: the requested page of groups, best first; otherwise absent
 * @param mode how the hits were ranked: {@code lexical}, {@code semantic} or {@code hybrid}
 * @param timedOut whether matching stopped at the search time limit, so the hits and counts are those found by then
 * @param answer the sentence or two of the best hit that answer the query, when it is likely enough to answer;
 *     otherwise {@code null} (the hits are then the closest matches, not an answer)
 * @param hasMore whether a further page (of hits, or of groups) has results: what a "show more" button asks
 * @param rules with {@code explain=true}, the query rules that acted on this search (their ids); otherwise absent
 * @param firedRules the query rules that acted on this search, whether or not they are shown (for the analytics)
 * @param attachment room for what a layer above derives from this page, kept with it in the result cache
 */
@JsonPropertyOrder({"tookMs"}) // first, so a page rendered once can be sent again with only its time changed
public record SearchResult(
        String query,
        long total,
        long tookMs,
        List<SearchHit> hits,
        String suggestion,
        Map<String, Map<String, Integer>> facets,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<HitGroup> groups,
        String mode,
        boolean timedOut,
        QuickAnswer answer,
        boolean hasMore,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> rules,
        @JsonIgnore List<String> firedRules,
        @JsonIgnore Attachment attachment) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = facets == null ? Map.of() : facets;
        firedRules = firedRules == null ? List.of() : List.copyOf(firedRules);
        attachment = attachment == null ? new Attachment() : attachment;
    }

    /** A page no query rule acted on, with room for one attachment of its own. */
    public SearchResult(String query, long total, long tookMs, List<SearchHit> hits, String suggestion,
            Map<String, Map<String, Integer>> facets, List<HitGroup> groups, String mode, boolean timedOut,
            QuickAnswer answer, boolean hasMore) {
        this(query, total, tookMs, hits, suggestion, facets, groups, mode, timedOut, answer, hasMore, null, List.of(),
                new Attachment());
    }

    /**
     * Room on a result page for one value a layer above derives from it (the HTTP API keeps the page's JSON there),
     * shared with the copies {@link #withTookMs} makes: a page answered from the result cache finds what was derived
     * from it before. Not part of the page's value: any two attachments are equal.
     */
    public static final class Attachment {

        private volatile Object value;

        /** The value attached, when it is a {@code type}; otherwise {@code compute}'s, attached from now on. */
        public <T> T computeIfAbsent(Class<T> type, Supplier<T> compute) {
            Object attached = value;
            if (type.isInstance(attached)) {
                return type.cast(attached);
            }
            T computed = compute.get();
            value = computed;
            return computed;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Attachment;
        }

        @Override
        public int hashCode() {
            return 0;
        }

        @Override
        public String toString() {
            return "Attachment";
        }
    }

    /**
     * The hits of one article, when grouping.
     *
     * @param article the article
     * @param total matching chunks in that article
     * @param hits its best hits, best first
     */
    public record HitGroup(SearchHit.ArticleRef article, int total, List<SearchHit> hits) {
    }

    /** The same result, as answered in {@code ms} (a page from the result cache). */
    public SearchResult withTookMs(long ms) {
        return new SearchResult(query, total, ms, hits, suggestion, facets, groups, mode, timedOut, answer, hasMore,
                rules, firedRules, attachment);
    }

    /** A lexical result with no suggestion, facets or groups, and more results when it shows fewer than all. */
    public SearchResult(String query, long total, long tookMs, List<SearchHit> hits) {
        this(query, total, tookMs, hits, null, Map.of(), null, SearchMode.LEXICAL.label(), false, null,
                hits.size() < total);
    }
}
