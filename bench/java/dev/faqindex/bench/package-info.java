/**
 * The relevance benchmark: faq-index against a SQLite FTS5 baseline on the same chunks and judged queries. Test
 * sources only (added by build-helper); nothing here ships in the jar.
 */
package dev.faqindex.bench;
