/**
 * Insights for a support team, from the search analytics and the index together: what to write (searches that found
 * nothing, grouped by meaning: {@link dev.faqindex.insights.QueryGroups}), what does not help (searches with results
 * but no click), what helps (the answers most opened), what the query rules did, and the health of the content
 * (near-duplicate sections, pages not reviewed for long, pages never shown). {@link dev.faqindex.insights.Insights}
 * makes the {@link dev.faqindex.insights.InsightsReport} the admin dashboard draws and exports as CSV
 * ({@link dev.faqindex.insights.CsvTables}).
 */
package dev.faqindex.insights;
