package dev.faqindex.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One autocomplete entry: a question or heading that completes what the user is typing, or a search that people
 * often made and found answers with.
 *
 * @param text the question, heading or search
 * @param html the same text HTML-escaped, with the part that matched the typed words in {@code <mark>}
 * @param id the chunk it opens; absent for a search
 * @param url deep link to it; absent for a search
 * @param type {@code faq} or {@code section}, or {@code query} for a popular search (which runs as a search)
 * @param internal {@code true} for an internal chunk (agents only); otherwise absent
 */
public record Suggestion(String text, String html, @JsonInclude(JsonInclude.Include.NON_NULL) String id,
        @JsonInclude(JsonInclude.Include.NON_NULL) String url, String type,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean internal) {

    /** The type of a popular search. */
    public static final String QUERY = "query";

    public Suggestion {
        internal = Boolean.TRUE.equals(internal) ? Boolean.TRUE : null;
    }

    /** A title's completion of a public chunk. */
    public Suggestion(String text, String html, String id, String url, String type) {
        this(text, html, id, url, type, null);
    }
}
