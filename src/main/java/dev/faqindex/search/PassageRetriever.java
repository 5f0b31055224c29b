package dev.faqindex.search;

import dev.faqindex.content.Chunk;
import dev.faqindex.content.block.Block;
import dev.faqindex.content.block.SentenceEnds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Retrieval for chatbots (RAG): the best passages for a question, ranked by the same pipeline as search (each split
 * section once), each with its citation ({@link CitationLinks}) and confidence, none below the request's
 * {@code minConfidence} (so a question the content cannot answer gets none, and says so), never two with the same
 * text, and together within a token budget. The passage that would overflow the budget is cut after the last whole
 * sentence that fits (never inside code, a path or a URL: {@link SentenceEnds}), or dropped when not even one
 * sentence fits; no passage follows it.
 */
public final class PassageRetriever {

    /** Extra candidates ranked beyond {@code k}, to make up for duplicates skipped. */
    private static final int SPARE_CANDIDATES = 10;

    private final SearchService search;
    private final double defaultMinConfidence;
    private final CitationLinks citations;

    /** Over {@code search}, requests without a {@code minConfidence} of their own taking the standard one. */
    public PassageRetriever(SearchService search) {
        this(search, RetrieveRequest.DEFAULT_MIN_CONFIDENCE, CitationLinks.RELATIVE);
    }

    /**
     * Over {@code search}, requests without a {@code minConfidence} of their own taking {@code defaultMinConfidence},
     * passages cited by {@code citations}.
     */
    public PassageRetriever(SearchService search, double defaultMinConfidence, CitationLinks citations) {
        this.search = search;
        this.defaultMinConfidence = defaultMinConfidence;
        this.citations = citations;
    }

    /** The confidence a passage needs when a request does not say (the {@code search.min-confidence} setting). */
    public double defaultMinConfidence() {
        return defaultMinConfidence;
    }

    /** The link to cite {@code chunk} by. */
    public String citation(Chunk chunk) {
        return citations.of(chunk);
    }

    /**
     * The passages for {@code request}.
     *
     * @throws ModeUnavailableException for semantic or hybrid on an index without embeddings
     */
    public RetrieveResult retrieve(RetrieveRequest request) throws IOException {
        SearchMode mode = request.mode().orElseGet(search::defaultMode);
        Retrieval retrieval =
                search.rank(request.query(), mode, request.filters(), request.k() + SPARE_CANDIDATES);
        List<Ranked.RankedChunk> ranked = retrieval.chunks();
        List<Passage> passages = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        int used = 0;
        for (Ranked.RankedChunk candidate : ranked) {
            if (passages.size() == request.k()) {
                break;
            }
            if (candidate.confidence() != null && candidate.confidence() < request.minConfidence()
                    && !retrieval.pinned(candidate)) {
                continue; // unlikely to answer: a bot would pass it on as if it did
            }
            Chunk chunk = candidate.chunk();
            if (!texts.add(normalised(chunk.body()))) {
                continue; // the same text under another id (a repeated FAQ answer, a copied section)
            }
            Passage passage = toPassage(chunk, chunk.body(), candidate.score(), candidate.confidence());
            int cost = TokenEstimate.of(passage);
            if (used + cost > request.maxTokens()) {
                Optional<Passage> cut = cutToFit(passage, chunk, request.maxTokens() - used);
                if (cut.isPresent()) {
                    passages.add(cut.get());
                    used += TokenEstimate.of(cut.get());
                }
                break;
            }
            passages.add(passage);
            used += cost;
        }
        return new RetrieveResult(request.query(), mode.label(), !passages.isEmpty(), request.minConfidence(), passages,
                used, retrieval.rules());
    }

    /** The passage with as many whole sentences of {@code chunk} as fit in {@code budget} tokens, if one does. */
    private static Optional<Passage> cutToFit(Passage passage, Chunk chunk, int budget) {
        int overhead = TokenEstimate.of(toPassageText(passage, ""));
        int maxChars = (budget - overhead) * TokenEstimate.CHARS_PER_TOKEN;
        if (maxChars <= 0) {
            return Optional.empty();
        }
        List<Block> blocks = chunk.blocks().isEmpty() ? List.of(Block.paragraph(chunk.body())) : chunk.blocks();
        int end = Math.min(chunk.body().length(), SentenceEnds.lastAtMost(blocks, maxChars));
        String cut = chunk.body().substring(0, end).strip();
        if (cut.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(toPassageText(passage, cut));
    }

    private static Passage toPassageText(Passage passage, String text) {
        return new Passage(passage.id(), passage.title(), passage.breadcrumb(), text, passage.url(), passage.score(),
                passage.confidence(), passage.article(), passage.internal());
    }

    private Passage toPassage(Chunk chunk, String text, float score, Double confidence) {
        return new Passage(chunk.id(), chunk.title(), chunk.breadcrumb(), text, citations.of(chunk), score, confidence,
                SearchHit.ArticleRef.of(chunk), chunk.internal());
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
