package dev.faqindex.search;

/**
 * One indexed page, as the list of articles shows it.
 *
 * @param id article slug
 * @param title article title
 * @param path the content file it was read from, relative to the content folder
 * @param url its page, {@code /articles/<slug>}
 * @param chunks how many chunks (sections, parts and FAQ entries) it was indexed as
 */
public record ArticleSummary(String id, String title, String path, String url, int chunks) {
}
