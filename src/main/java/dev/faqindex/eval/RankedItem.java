package dev.faqindex.eval;

import java.util.List;

/**
 * What relevance judgments look at in a ranked result: its id, title, breadcrumb and the content file it came from.
 * Any engine's results can be evaluated once mapped to this.
 *
 * @param id chunk or entry id
 * @param title heading or question
 * @param breadcrumb enclosing headings
 * @param path the content file, relative to the content folder ({@code /} separators); empty when unknown
 */
public record RankedItem(String id, String title, List<String> breadcrumb, String path) {

    public RankedItem {
        breadcrumb = List.copyOf(breadcrumb);
        path = path == null ? "" : path;
    }

    /** A result without its content file. */
    public RankedItem(String id, String title, List<String> breadcrumb) {
        this(id, title, breadcrumb, "");
    }
}
