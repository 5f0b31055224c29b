/**
 * Who a request is: bearer tokens checked in constant time ({@link dev.faqindex.auth.TokenSet}), and the agent
 * tokens that let support agents see internal pages ({@link dev.faqindex.auth.AgentTokens}). It knows nothing of
 * HTTP frameworks, so the API, the website and the MCP endpoint read the same header the same way.
 */
package dev.faqindex.auth;
