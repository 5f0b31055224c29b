/**
 * Query latency and throughput of a search engine measured in-process: the query set, one engine interface that
 * faq-index and its peers (SQLite FTS5, PostgreSQL) implement for the same work (a result page of ten hits with
 * titles and highlighted snippets), and the timed run that reports percentiles and queries per second.
 */
package dev.faqindex.bench.latency;
