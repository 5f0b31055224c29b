package dev.faqindex.replication;

/**
 * One file of a {@link Revision}: its name (an index file's name, or a content file's path relative to the content
 * folder with {@code /} separators), its length and its checksum (for an index file the CRC-32 of its Lucene footer in
 * hex, for a content file its SHA-256 in hex).
 */
public record RevisionFile(String name, long length, String checksum) {
}
