/**
 * The Model Context Protocol face of faq-index: tools a chatbot calls over Streamable HTTP at {@code /mcp}, through
 * the official SDK's transport behind a guard ({@code GuardedTransport}) that checks methods, {@code Origin}, body
 * size and type and the shape of each message, trims what {@code initialize} asks to keep, bounds the sessions in
 * number and idle time, and keeps Java's internals out of every error.
 */
package dev.faqindex.mcp;
