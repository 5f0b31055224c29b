package dev.faqindex.search;

/**
 * The direct answer to a question, shown above the results: the sentence or two of the best hit that answer it.
 *
 * @param id the chunk it is quoted from
 * @param text the sentences, plain text
 * @param html the same, escaped, the question's words in {@code <mark>}
 * @param url deep link to the chunk
 * @param confidence the chunk's calibrated confidence (at least the threshold, or there is no answer)
 */
public record QuickAnswer(String id, String text, String html, String url, double confidence) {
}
