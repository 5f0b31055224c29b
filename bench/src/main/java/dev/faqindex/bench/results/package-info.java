/**
 * The benchmark's figures as files: each step writes its result as JSON into a results folder, and the report
 * reads them back. Records only, so steps and report agree on one shape.
 */
package dev.faqindex.bench.results;
