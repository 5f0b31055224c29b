/**
 * Synthetic content sets for scale benchmarks: articles and FAQ files of any size, written from the project's own
 * material (its {@code content/} folder and test fixtures) with a fixed seed, in the formats the loader reads.
 */
package dev.faqindex.bench.corpus;
