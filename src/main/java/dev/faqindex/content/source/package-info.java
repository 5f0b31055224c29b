/**
 * The source side of content loading: which files of a content folder are read, in what order, and the fingerprint
 * that tells whether an index is current for them.
 */
package dev.faqindex.content.source;
