/**
 * The benchmark report: reads the figures of the latest run from the results folder and rewrites the generated
 * parts of {@code docs/BENCHMARKS.md} (between marker comments, so hand-written text survives) and the latency
 * plot.
 */
package dev.faqindex.bench.report;
