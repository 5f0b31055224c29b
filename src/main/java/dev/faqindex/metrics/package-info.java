/** Operational metrics in Prometheus' text format: HTTP traffic and latency, the index, reindexing, the JVM. */
package dev.faqindex.metrics;
