package dev.faqindex.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Completions from the searches people really make (a list worked out from the analytics, most popular first): a
 * search completes what is typed when it starts with it, or when one of its words does. Each is a
 * {@link Suggestion} of type {@code query}, the typed part in {@code <mark>}, which a search box runs as a search.
 */
public final class PopularCompletions {

    /** None. */
    public static final PopularCompletions NONE = new PopularCompletions(List::of);

    private final Supplier<List<String>> popular;

    /** @param popular the popular searches, normalised (lower case), most popular first */
    public PopularCompletions(Supplier<List<String>> popular) {
        this.popular = popular;
    }

    /** Up to {@code limit} popular searches that complete {@code typed}, most popular first. */
    public List<Suggestion> complete(String typed, int limit) {
        String prefix = typed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        List<Suggestion> completions = new ArrayList<>();
        if (prefix.isEmpty()) {
            return completions;
        }
        for (String query : popular.get()) {
            if (completions.size() == limit) {
                break;
            }
            int at = query.startsWith(prefix) ? 0 : query.indexOf(" " + prefix);
            if (at < 0 || query.equals(prefix)) {
                continue;
            }
            int start = at == 0 ? 0 : at + 1;
            StringBuilder html = new StringBuilder();
            HtmlText.escapeInto(html, query.substring(0, start));
            html.append("<mark>");
            HtmlText.escapeInto(html, query.substring(start, start + prefix.length()));
            html.append("</mark>");
            HtmlText.escapeInto(html, query.substring(start + prefix.length()));
            completions.add(new Suggestion(query, html.toString(), null, null, Suggestion.QUERY, null));
        }
        return completions;
    }

    /**
     * The completions of a search box: popular searches first, at most half of {@code limit}, then titles up to the
     * limit; a popular search that is a title's own text is left to the title.
     */
    public List<Suggestion> merge(String typed, List<Suggestion> titles, int limit) {
        List<Suggestion> merged = new ArrayList<>();
        for (Suggestion search : complete(typed, (limit + 1) / 2)) {
            boolean isTitle = titles.stream().anyMatch(title -> title.text().equalsIgnoreCase(search.text()));
            if (!isTitle) {
                merged.add(search);
            }
        }
        for (Suggestion title : titles) {
            if (merged.size() == limit) {
                break;
            }
            merged.add(title);
        }
        return merged;
    }
}
