/**
 * HTML pages (built sites, help-center exports): the main content found and the page chrome dropped, headings read
 * into sections, FAQs recognised (question headings, definition lists, {@code <details>}, schema.org
 * {@code FAQPage} JSON-LD), and the markup converted into {@link dev.faqindex.content.block.Block}s.
 */
package dev.faqindex.content.html;
