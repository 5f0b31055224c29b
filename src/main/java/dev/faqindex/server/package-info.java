/** Wiring of a running server: index, reindexing, content watching and HTTP from one configuration. */
package dev.faqindex.server;
