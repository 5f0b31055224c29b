package dev.faqindex.search;

import dev.faqindex.content.ChunkType;
import java.util.List;
import java.util.Optional;

/**
 * A chatbot's request for passages to quote: its user's question, how many passages and how much text it can take.
 *
 * @param query the question, in the user's words
 * @param k most passages wanted, 1 to {@link #MAX_K}
 * @param maxTokens token budget for all passages together (see {@link TokenEstimate}), {@link #MIN_TOKENS} to
 *     {@link #MAX_TOKENS}
 * @param type only passages of this type, when present
 * @param article only passages of this article (slug), when present
 * @param tags only passages carrying at least one of these tags, when not empty
 * @param mode how to rank; empty for the index's default
 * @param minConfidence passages less likely than this (0 to 1) to answer the question are left out, so that a
 *     question the content cannot answer gets none; {@link #DEFAULT_MIN_CONFIDENCE} unless asked otherwise
 * @param audience who asks: only an agent is answered from internal chunks too
 */
public record RetrieveRequest(String query, int k, int maxTokens, Optional<ChunkType> type, Optional<String> article,
        List<String> tags, Optional<SearchMode> mode, double minConfidence, Audience audience) {

    public static final int DEFAULT_K = 5;
    public static final int MAX_K = 20;
    public static final int DEFAULT_MAX_TOKENS = 1000;
    public static final int MIN_TOKENS = 20;
    public static final int MAX_TOKENS = 20_000;
    /**
     * The confidence a passage needs by default: the middle of the thresholds (0.15 to 0.25) at which, cross-validated
     * on the development material, at most one of 15 questions the seed cannot answer gets a passage while 31 of its
     * 32 natural questions still get the expected one (docs/BENCHMARKS.md, "Answers you can trust").
     */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.2;

    public RetrieveRequest {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("query must not be empty");
        }
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", got " + k);
        }
        if (maxTokens < MIN_TOKENS || maxTokens > MAX_TOKENS) {
            throw new IllegalArgumentException(
                    "maxTokens must be between " + MIN_TOKENS + " and " + MAX_TOKENS + ", got " + maxTokens);
        }
        tags = List.copyOf(tags);
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be between 0 and 1, got " + minConfidence);
        }
        audience = audience == null ? Audience.PUBLIC : audience;
    }

    /** A request of the public. */
    public RetrieveRequest(String query, int k, int maxTokens, Optional<ChunkType> type, Optional<String> article,
            List<String> tags, Optional<SearchMode> mode, double minConfidence) {
        this(query, k, maxTokens, type, article, tags, mode, minConfidence, Audience.PUBLIC);
    }

    /** The same request for {@code who}. */
    public RetrieveRequest forAudience(Audience who) {
        return new RetrieveRequest(query, k, maxTokens, type, article, tags, mode, minConfidence, who);
    }

    /** A request with the default {@code minConfidence}. */
    public RetrieveRequest(String query, int k, int maxTokens, Optional<ChunkType> type, Optional<String> article,
            List<String> tags, Optional<SearchMode> mode) {
        this(query, k, maxTokens, type, article, tags, mode, DEFAULT_MIN_CONFIDENCE);
    }

    /** The first {@code k} passages for {@code query}, default budget, no filters, default mode. */
    public static RetrieveRequest of(String query, int k) {
        return new RetrieveRequest(query, k, DEFAULT_MAX_TOKENS, Optional.empty(), Optional.empty(), List.of(),
                Optional.empty());
    }

    /** The type, article and tag filters and the audience as one value. */
    public Filters filters() {
        return new Filters(type, article.stream().toList(), tags, audience);
    }
}
