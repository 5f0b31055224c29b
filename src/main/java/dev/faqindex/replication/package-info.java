/**
 * Replication: one primary builds the index and publishes every commit as a {@link dev.faqindex.replication.Revision}
 * (the commit's write-once files with their Lucene checksums, and the content folder's files that searches and pages
 * read: synonyms, rules, site settings, images) over its own HTTP, behind a shared token; replicas copy the files
 * they lack, verify them, install the commit's {@code segments_N} last and reopen their searchers on it
 * ({@link dev.faqindex.replication.ReplicaFollower}), and ship their analytics to the primary
 * ({@link dev.faqindex.replication.AnalyticsShipper}).
 */
package dev.faqindex.replication;
