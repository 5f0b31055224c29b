/**
 * Configuration: every setting is one {@link dev.faqindex.config.Setting} entry (its capability, file key,
 * environment variable, type, default and meaning), and one {@link dev.faqindex.config.FaqIndexConfig.Builder} reads
 * and checks them all, whether they come from the defaults, a properties file, the environment and the command line
 * ({@link dev.faqindex.config.ConfigLoader}, which remembers each one's source for the start-up summary) or from code.
 * Each layer is handed only its part ({@link dev.faqindex.config.Capability}: content, index, search, http,
 * analytics) and reads a setting where it uses it, so adding one is its entry and that line.
 */
package dev.faqindex.config;
