/**
 * Orama ({@code @orama/orama} from npm), the in-memory JavaScript search engine many website owners pick, as a peer
 * of faq-index: its own Node process ({@code bench/orama/orama-peer.mjs}) driven over JSON lines, loaded with the same
 * chunks and, for its vector and hybrid modes, the vectors faq-index's own embedder makes of them.
 */
package dev.faqindex.bench.orama;
