/**
 * Query rules: what a support team decides for the queries it knows ({@code rules.yaml} in the content folder),
 * read and checked ({@link dev.faqindex.rules.RuleFile}, re-read when it changes, a broken edit reported by line while
 * the last good rules stay), and matched against a query through the same analysis as search
 * ({@link dev.faqindex.rules.RuleSet}). What a matched rule does to a ranking (pin, hide, boost, bury, filter) is the
 * search layer's step over its ranked list ({@code dev.faqindex.search.Curation}).
 */
package dev.faqindex.rules;
