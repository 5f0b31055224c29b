/**
 * The Lucene index of the chunks: the schema ({@link dev.faqindex.index.ChunkFields},
 * {@link dev.faqindex.index.ChunkDocuments}) and analysis ({@link dev.faqindex.index.EnglishTextAnalyzer}), building
 * it from the content folder with embeddings when semantic search is on ({@link dev.faqindex.index.IndexBuilder}),
 * and keeping it live: {@link dev.faqindex.index.LiveIndex} hands out searchers through a {@code SearcherManager}
 * and swaps in a complete new commit only once it is written, holding the index folder for one process
 * ({@code IndexFolderLock}); {@link dev.faqindex.index.Reindexer} rebuilds in the background and retries a failed
 * rebuild with a growing back-off; {@link dev.faqindex.index.ContentWatcher} asks for a rebuild when a content file
 * changes, and follows the folder at its place when it is replaced. It reads the content and index settings only, and
 * never the layers above it (search, http, web).
 */
package dev.faqindex.index;
