/**
 * FAQ files in JSON: an array of entries, or JSON Lines with one entry a line.
 */
package dev.faqindex.content.jsonfaq;
