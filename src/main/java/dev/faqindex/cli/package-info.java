/**
 * The {@code faq-index} command line (picocli): {@code serve}, {@code index}, {@code search} and {@code eval}, one
 * class each, sharing the content, index and configuration-file options ({@link dev.faqindex.cli.Main} is the entry
 * point). Commands wire the layers from the loaded configuration, handing each its part; a failure is one readable
 * line and a non-zero exit, never a stack trace.
 */
package dev.faqindex.cli;
