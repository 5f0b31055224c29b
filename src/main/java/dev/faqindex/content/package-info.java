/**
 * Reads a content folder into {@link dev.faqindex.content.Article}s made of retrievable
 * {@link dev.faqindex.content.Chunk}s: one chunk per section or FAQ entry, long sections split under a character
 * bound. {@link dev.faqindex.content.ContentLoader} is the entry point. Behind it, by role: {@code source} (which files
 * are read, and their fingerprint), {@code parse} (the {@code ArticleParser} seam), one package per format
 * ({@code markdown}, {@code html}, {@code plaintext}, {@code jsonfaq}), {@code frontmatter}, {@code block} (the block
 * model article pages render and whose plain text is indexed) and {@code chunk} (splitting into chunks).
 */
package dev.faqindex.content;
