/**
 * The seam between the content folder and its formats: {@link dev.faqindex.content.parse.ArticleParser}, the outline
 * a parser makes of one file, the decoded source text, and the slug and FAQ-heading rules every format shares.
 */
package dev.faqindex.content.parse;
