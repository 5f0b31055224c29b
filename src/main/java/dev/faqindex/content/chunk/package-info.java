/**
 * Turns an article outline into retrievable chunks: one per section or FAQ entry, long sections split under a
 * character bound at block boundaries.
 */
package dev.faqindex.content.chunk;
