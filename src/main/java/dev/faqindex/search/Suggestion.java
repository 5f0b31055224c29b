package dev.faqindex.search;

/**
 * One autocomplete entry: a question or heading that completes what the user is typing.
 *
 * @param text the question or heading
 * @param html the same text HTML-escaped, with the part that matched the typed words in {@code <mark>}
 * @param id the chunk it opens
 * @param url deep link to it
 * @param type {@code faq} or {@code section}
 */
public record Suggestion(String text, String html, String id, String url, String type) {
}
