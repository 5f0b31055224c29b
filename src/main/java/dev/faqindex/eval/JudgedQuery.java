package dev.faqindex.eval;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A query with its judgments: either the ids of the relevant entries (TREC qrels), or title alternatives of which
 * any one, found case-insensitively in a result's title or breadcrumb, makes that result relevant.
 *
 * @param id query id (the line number for query files without ids)
 * @param text the query text
 * @param relevantIds relevant entry ids (empty when judged by title)
 * @param titleAlternatives accepted titles (empty when judged by id)
 */
public record JudgedQuery(String id, String text, Set<String> relevantIds, List<String> titleAlternatives) {

    public JudgedQuery {
        relevantIds = Set.copyOf(relevantIds);
        titleAlternatives = titleAlternatives.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether {@code item} answers this query. */
    public boolean isRelevant(RankedItem item) {
        if (!relevantIds.isEmpty()) {
            return relevantIds.contains(item.id());
        }
        String title = item.title().toLowerCase(Locale.ROOT);
        for (String alternative : titleAlternatives) {
            if (title.contains(alternative)) {
                return true;
            }
            for (String crumb : item.breadcrumb()) {
                if (crumb.toLowerCase(Locale.ROOT).contains(alternative)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many relevant results exist at most: the judged ids, or one for title alternatives. */
    public int relevantCount() {
        return relevantIds.isEmpty() ? 1 : relevantIds.size();
    }
}
