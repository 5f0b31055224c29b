package dev.faqindex.analytics;

/**
 * A search the public often made and found answers with: a candidate for the suggestions under a search box.
 *
 * @param query the query, normalised
 * @param clients how many different clients opened a hit for it (anonymous daily marks: the same client on two days
 *     counts twice)
 * @param clicks hits opened for it
 */
public record PopularQuery(String query, long clients, long clicks) {
}
