/**
 * Markdown articles: CommonMark parsed into sections, FAQ entries and {@link dev.faqindex.content.block.Block}s.
 */
package dev.faqindex.content.markdown;
