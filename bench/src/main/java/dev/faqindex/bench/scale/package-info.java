/**
 * How cost grows with the corpus: indexing a generated content set (time, size, heap) and searching it in
 * faq-index and in its peers (latency percentiles, throughput), one JVM per step, figures written as JSON for the
 * report.
 */
package dev.faqindex.bench.scale;
