package dev.faqindex.eval;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A query with its judgments: the ids of the relevant entries (TREC qrels); or title alternatives of which any one,
 * found case-insensitively in a result's title or breadcrumb, makes that result relevant; or content files of which
 * any one, equal to a result's path, does.
 *
 * @param id query id (the line number for query files without ids)
 * @param text the query text
 * @param relevantIds relevant entry ids (empty unless judged by id)
 * @param titleAlternatives accepted titles (empty unless judged by title)
 * @param pathAlternatives accepted content files, relative to the content folder (empty unless judged by path)
 */
public record JudgedQuery(String id, String text, Set<String> relevantIds, List<String> titleAlternatives,
        Set<String> pathAlternatives) {

    public JudgedQuery {
        relevantIds = Set.copyOf(relevantIds);
        titleAlternatives = titleAlternatives.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
        pathAlternatives = Set.copyOf(pathAlternatives);
    }

    /** A query judged by ids or by titles. */
    public JudgedQuery(String id, String text, Set<String> relevantIds, List<String> titleAlternatives) {
        this(id, text, relevantIds, titleAlternatives, Set.of());
    }

    /** Whether {@code item} answers this query. */
    public boolean isRelevant(RankedItem item) {
        if (!relevantIds.isEmpty()) {
            return relevantIds.contains(item.id());
        }
        if (!pathAlternatives.isEmpty()) {
            return pathAlternatives.contains(item.path());
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

    /** How many relevant results exist at most: the judged ids, or one for title or path alternatives. */
    public int relevantCount() {
        return relevantIds.isEmpty() ? 1 : relevantIds.size();
    }
}
