package dev.faqindex.search;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * Passages for a chatbot, best first, distinct, within the token budget, each likely enough to answer.
 *
 * @param query the query as received
 * @param mode how they were ranked
 * @param answered whether any passage cleared {@code minConfidence}: {@code false} means the content has no answer
 *     to give, and {@code passages} is empty
 * @param minConfidence the confidence each passage needed
 * @param passages the passages
 * @param usedTokens estimated tokens of all passages (see {@link TokenEstimate})
 * @param firedRules the query rules that acted on the retrieval (for the analytics, not sent)
 */
public record RetrieveResult(String query, String mode, boolean answered, double minConfidence, List<Passage> passages,
        int usedTokens, @JsonIgnore List<String> firedRules) {

    public RetrieveResult {
        passages = List.copyOf(passages);
        firedRules = firedRules == null ? List.of() : List.copyOf(firedRules);
    }

    /** A result no query rule acted on. */
    public RetrieveResult(String query, String mode, boolean answered, double minConfidence, List<Passage> passages,
            int usedTokens) {
        this(query, mode, answered, minConfidence, passages, usedTokens, List.of());
    }
}
