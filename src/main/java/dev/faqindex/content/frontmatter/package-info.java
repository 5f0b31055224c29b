/**
 * Front matter at the top of a Markdown file: the metadata block (title, slug, tags...) read before the body.
 */
package dev.faqindex.content.frontmatter;
