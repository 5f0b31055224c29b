/**
 * JMH benchmarks of faq-index in-process: query latency (lexical and hybrid) and indexing throughput, over the
 * generated content sets. Run by {@code bench/run.sh} through {@code org.openjdk.jmh.Main}.
 */
package dev.faqindex.bench.jmh;
