/**
 * The soak: the packaged server with its production limits, on loopback, under ten minutes of normal traffic from
 * several clients (search, suggest, retrieve, chunks, article pages, MCP tools) mixed with hostile traffic (made-up
 * methods, large MCP initialize calls, malformed and oversized bodies, a flood from one address, and clients spread
 * over thousands of loopback addresses), while the server's heap, live heap after a full collection, open files and
 * threads are sampled; it reports whether anything grows and whether any normal request failed.
 */
package dev.faqindex.bench.soak;
