/**
 * Search analytics: what people searched for, what they found and clicked, kept on disk one file per day, with a
 * report over a date range for support teams and content writers.
 */
package dev.faqindex.analytics;
