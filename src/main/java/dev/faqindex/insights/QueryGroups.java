package dev.faqindex.insights;

import dev.faqindex.analytics.AnalyticsReport;
import dev.faqindex.index.FunctionWords;
import dev.faqindex.semantic.TextEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Groups searches that mean the same thing, so that ten wordings of one missing article make one row with their
 * summed count: each search, most frequent first, joins the first group whose leading search (its most frequent
 * wording) is within {@link #MIN_COSINE} of it by the embedding model, or leads a new group. Comparing with the
 * leading search, not with any member, keeps a group from drifting from one topic to the next. Without a model,
 * searches with the same content words (in any order, function words left out) group.
 */
final class QueryGroups {

    /**
     * Cosine from which two searches are taken to ask for the same thing. Rewordings of one question
     * ("gift card balance", "how much is left on my gift card") score 0.7 and more with MiniLM; searches that only
     * share a topic ("gift card balance", "gift wrapping") score under 0.6.
     */
    static final double MIN_COSINE = 0.7;

    private QueryGroups() {
    }

    /** The groups of {@code rows} (searches that found nothing), largest first. */
    static List<InsightsReport.QueryGroup> of(List<AnalyticsReport.ZeroResultRow> rows,
            Optional<TextEmbedder> embedder) {
        List<AnalyticsReport.ZeroResultRow> ordered = rows.stream()
                .sorted(java.util.Comparator.comparingLong(AnalyticsReport.ZeroResultRow::searches).reversed()
                        .thenComparing(AnalyticsReport.ZeroResultRow::query))
                .toList();
        List<float[]> vectors = embedder.isPresent() && !ordered.isEmpty()
                ? embedder.get().embedAll(ordered.stream().map(AnalyticsReport.ZeroResultRow::query).toList())
                : null;
        List<Building> groups = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            AnalyticsReport.ZeroResultRow row = ordered.get(i);
            String words = contentWords(row.query());
            float[] vector = vectors == null ? null : vectors.get(i);
            Building home = null;
            for (Building group : groups) {
                boolean same = vector != null ? cosine(group.vector, vector) >= MIN_COSINE : group.words.equals(words);
                if (same) {
                    home = group;
                    break;
                }
            }
            if (home == null) {
                home = new Building(vector, words);
                groups.add(home);
            }
            home.rows.add(row);
        }
        return groups.stream().map(Building::finish)
                .sorted(java.util.Comparator.comparingLong(InsightsReport.QueryGroup::searches).reversed()
                        .thenComparing(InsightsReport.QueryGroup::query))
                .toList();
    }

    /** A group being formed: its leading search's vector and words, and its searches. */
    private static final class Building {
        final float[] vector;
        final String words;
        final List<AnalyticsReport.ZeroResultRow> rows = new ArrayList<>();

        Building(float[] vector, String words) {
            this.vector = vector;
            this.words = words;
        }

        InsightsReport.QueryGroup finish() {
            long searches = rows.stream().mapToLong(AnalyticsReport.ZeroResultRow::searches).sum();
            java.time.Instant last = rows.stream().map(AnalyticsReport.ZeroResultRow::lastSeen)
                    .max(java.util.Comparator.naturalOrder()).orElse(null);
            return new InsightsReport.QueryGroup(rows.getFirst().query(), searches,
                    rows.stream().map(AnalyticsReport.ZeroResultRow::query).toList(), last);
        }
    }

    private static String contentWords(String query) {
        List<String> words = new ArrayList<>();
        for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !FunctionWords.contains(word)) {
                words.add(word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word);
            }
        }
        words.sort(null);
        return String.join(" ", words);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot; // the model's vectors are unit length
    }
}
