/** The Model Context Protocol face of faq-index: tools a chatbot calls over Streamable HTTP at {@code /mcp}. */
package dev.faqindex.mcp;
