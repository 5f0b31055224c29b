package dev.faqindex.insights;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.faqindex.analytics.AnalyticsReport;
import dev.faqindex.search.ContentHealth;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the admin dashboard shows for a range of days: {@code GET /api/admin/insights}.
 *
 * @param from first day (UTC), inclusive
 * @param to last day (UTC), inclusive
 * @param totals counts over the range (searches, zero-result rate, abstentions, clicks per search)
 * @param days counts per day, oldest first
 * @param articlesToWrite searches that found nothing, grouped by meaning, largest group first
 * @param noClick searches that found results that nobody opened, most searched first
 * @param topAnswers the answers most often opened
 * @param rules every query rule in use with how often it acted, and any that acted but are gone
 * @param health the content's health: duplicates, pages not reviewed for {@code staleDays}, pages never shown
 * @param staleDays how long a page may go without review before it is listed
 */
public record InsightsReport(LocalDate from, LocalDate to, AnalyticsReport.Totals totals,
        List<AnalyticsReport.Day> days, List<QueryGroup> articlesToWrite, List<AnalyticsReport.QueryRow> noClick,
        List<Answer> topAnswers, List<RuleUse> rules, Health health, int staleDays) {

    /**
     * Searches that found nothing and mean the same.
     *
     * @param query the most frequent wording
     * @param searches how often any of them was searched
     * @param wordings every wording, most frequent first
     * @param lastSeen when one was last searched
     */
    public record QueryGroup(String query, long searches, List<String> wordings, Instant lastSeen) {
    }

    /**
     * An answer readers opened.
     *
     * @param id the chunk
     * @param title its breadcrumb, joined; absent when it is no longer indexed
     * @param clicks times opened
     * @param helpful times marked helpful
     * @param unhelpful times marked unhelpful
     */
    public record Answer(String id, @JsonInclude(JsonInclude.Include.NON_NULL) String title, long clicks,
            long helpful, long unhelpful) {
    }

    /**
     * A query rule and its use.
     *
     * @param id the rule's id
     * @param query its query; absent for a rule no longer in the file
     * @param match how it matches
     * @param fired searches it acted on in the range
     * @param inUse whether it is in the rules file now
     */
    public record RuleUse(String id, String query, String match, long fired, boolean inUse) {
    }

    /**
     * The content's health.
     *
     * @param duplicates sections of different pages that say nearly the same
     * @param notReviewed pages last reviewed more than {@code staleDays} ago, oldest first
     * @param undated pages whose front matter gives no review date
     * @param neverShown pages none of whose sections was on a first page of results in the range
     * @param checkedChunks chunks compared for duplicates, of {@code totalChunks}
     * @param totalChunks chunks in the index
     */
    public record Health(List<ContentHealth.Duplicate> duplicates, List<ContentHealth.Page> notReviewed,
            List<ContentHealth.Page> undated, List<ContentHealth.Page> neverShown, int checkedChunks,
            int totalChunks) {
    }
}
