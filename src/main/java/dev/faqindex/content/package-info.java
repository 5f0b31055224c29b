/**
 * Reads a content folder (Markdown, plain-text and JSON FAQ files) into {@link dev.faqindex.content.Article}s made of
 * retrievable {@link dev.faqindex.content.Chunk}s: one chunk per section or FAQ entry, long sections split under a
 * character bound. {@link dev.faqindex.content.ContentLoader} is the entry point; the parsers and the chunker behind
 * it are package-private.
 */
package dev.faqindex.content;
