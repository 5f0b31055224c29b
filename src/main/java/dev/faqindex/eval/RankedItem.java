package dev.faqindex.eval;

import java.util.List;

/**
 * What relevance judgments look at in a ranked result: its id, title and breadcrumb. Any engine's results can be
 * evaluated once mapped to this.
 *
 * @param id chunk or entry id
 * @param title heading or question
 * @param breadcrumb enclosing headings
 */
public record RankedItem(String id, String title, List<String> breadcrumb) {
}
