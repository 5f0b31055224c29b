package dev.faqindex.search;

import java.util.List;

/**
 * Passages for a chatbot, best first, distinct, within the token budget.
 *
 * @param query the query as received
 * @param mode how they were ranked
 * @param passages the passages
 * @param usedTokens estimated tokens of all passages (see {@link TokenEstimate})
 */
public record RetrieveResult(String query, String mode, List<Passage> passages, int usedTokens) {

    public RetrieveResult {
        passages = List.copyOf(passages);
    }
}
