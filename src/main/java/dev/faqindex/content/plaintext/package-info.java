/**
 * Articles published as plain text, their headings, lists and FAQ found by the shape of their lines.
 */
package dev.faqindex.content.plaintext;
