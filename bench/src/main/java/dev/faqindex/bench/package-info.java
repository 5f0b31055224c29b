/**
 * The relevance benchmark: faq-index against a SQLite FTS5 baseline on the same chunks and judged queries. Part of
 * the bench module (bench/pom.xml), built and run by bench/run.sh and bench/relevance.sh; nothing here ships.
 */
package dev.faqindex.bench;
