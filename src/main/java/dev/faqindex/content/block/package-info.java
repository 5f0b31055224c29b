/**
 * The block model every content format is read into: {@link dev.faqindex.content.block.Block}s (paragraphs, list
 * items, code, tables, quotes, callouts, figures, definition lists, sanitised HTML) made of
 * {@link dev.faqindex.content.block.Inline}s (text, code, emphasis, links, images). Article pages render blocks; the
 * index gets their {@link dev.faqindex.content.block.PlainText}.
 */
package dev.faqindex.content.block;
