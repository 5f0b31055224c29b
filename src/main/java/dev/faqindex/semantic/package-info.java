/**
 * Sentence embeddings for semantic search: the {@link dev.faqindex.semantic.TextEmbedder} interface, the in-process
 * MiniLM model behind it, and the text of a chunk that gets embedded.
 */
package dev.faqindex.semantic;
