package dev.faqindex.insights;

import dev.faqindex.analytics.AnalyticsReport;
import dev.faqindex.analytics.SearchAnalytics;
import dev.faqindex.content.Chunk;
import dev.faqindex.rules.QueryRule;
import dev.faqindex.search.Audience;
import dev.faqindex.search.ContentHealth;
import dev.faqindex.search.SearchService;
import dev.faqindex.semantic.TextEmbedder;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes the {@link InsightsReport} of a range of days from the analytics (what people searched, found, opened; what
 * the rules did) and the serving index (titles, pages, their review dates and duplicates). Thread-safe.
 */
public final class Insights {

    /** Searches that found nothing looked at for grouping, at most (the most frequent). */
    static final int GROUPED_SEARCHES = 500;
    /** Rows of the other lists, at most. */
    static final int ROWS = 200;

    private final SearchAnalytics analytics;
    private final SearchService search;
    private final Supplier<Optional<TextEmbedder>> embedder;

    /** @param embedder the model searches are grouped by meaning with; empty to group by their words */
    public Insights(SearchAnalytics analytics, SearchService search, Supplier<Optional<TextEmbedder>> embedder) {
        this.analytics = analytics;
        this.search = search;
        this.embedder = embedder;
    }

    /** Whether analytics are recorded at all. */
    public boolean enabled() {
        return analytics.enabled();
    }

    /** Today, as the analytics date days (UTC). */
    public LocalDate today() {
        return analytics.today();
    }

    /** The report over {@code from} to {@code to} (inclusive), listing pages not reviewed for {@code staleDays}. */
    public InsightsReport report(LocalDate from, LocalDate to, int staleDays) throws IOException {
        AnalyticsReport report = analytics.report(from, to, GROUPED_SEARCHES);
        List<InsightsReport.QueryGroup> groups = QueryGroups.of(report.zeroResultQueries(), embedder.get());
        List<InsightsReport.Answer> answers = new ArrayList<>();
        for (AnalyticsReport.ChunkRow row : report.topChunks().subList(0, Math.min(ROWS, report.topChunks().size()))) {
            Optional<Chunk> chunk = search.chunk(row.id(), Audience.AGENT);
            answers.add(new InsightsReport.Answer(row.id(), chunk.map(c -> String.join(" › ", c.breadcrumb()))
                    .orElse(null), row.clicks(), row.helpful(), row.unhelpful()));
        }
        return new InsightsReport(from, to, report.totals(), report.days(), groups,
                report.noClickQueries().subList(0, Math.min(ROWS, report.noClickQueries().size())), answers,
                rules(report.rulesFired()), health(report.articlesShown(), staleDays), staleDays);
    }

    private List<InsightsReport.RuleUse> rules(Map<String, Long> fired) {
        Map<String, InsightsReport.RuleUse> uses = new LinkedHashMap<>();
        for (QueryRule rule : search.rules().current().rules()) {
            uses.putIfAbsent(rule.id(), new InsightsReport.RuleUse(rule.id(), rule.query(), rule.match().label(),
                    fired.getOrDefault(rule.id(), 0L), true));
        }
        fired.forEach((id, count) -> uses.putIfAbsent(id, new InsightsReport.RuleUse(id, null, null, count, false)));
        return uses.values().stream()
                .sorted(Comparator.comparingLong(InsightsReport.RuleUse::fired).reversed()
                        .thenComparing(InsightsReport.RuleUse::id))
                .toList();
    }

    private InsightsReport.Health health(Map<String, Long> shown, int staleDays) throws IOException {
        ContentHealth health = search.contentHealth();
        LocalDate reviewedBy = today().minusDays(staleDays);
        List<ContentHealth.Page> notReviewed = health.pages().stream()
                .filter(page -> page.reviewed() != null && page.reviewed().isBefore(reviewedBy))
                .sorted(Comparator.comparing(ContentHealth.Page::reviewed).thenComparing(ContentHealth.Page::slug))
                .toList();
        List<ContentHealth.Page> undated = health.pages().stream().filter(page -> page.reviewed() == null).toList();
        List<ContentHealth.Page> neverShown = health.pages().stream()
                .filter(page -> !shown.containsKey(page.slug())).toList();
        return new InsightsReport.Health(health.duplicates(), notReviewed, undated, neverShown,
                health.checkedChunks(), health.totalChunks());
    }
}
