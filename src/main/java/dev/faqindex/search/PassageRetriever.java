package dev.faqindex.search;

import dev.faqindex.content.Chunk;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Retrieval for chatbots (RAG): the best passages for a question, ranked by the same pipeline as search, each with
 * its citation and confidence, none below the request's {@code minConfidence} (so a question the content cannot
 * answer gets none, and says so), never two with the same text, and together within a token budget. The passage that would overflow
 * the budget is cut at the last sentence that fits, or dropped when not even one sentence fits; no passage follows
 * it.
 */
public final class PassageRetriever {

    /** Extra candidates ranked beyond {@code k}, to make up for duplicates skipped. */
    private static final int SPARE_CANDIDATES = 10;

    private final SearchService search;
    private final double defaultMinConfidence;

    /** Over {@code search}, requests without a {@code minConfidence} of their own taking the standard one. */
    public PassageRetriever(SearchService search) {
        this(search, RetrieveRequest.DEFAULT_MIN_CONFIDENCE);
    }

    /** Over {@code search}, requests without a {@code minConfidence} of their own taking {@code defaultMinConfidence}. */
    public PassageRetriever(SearchService search, double defaultMinConfidence) {
        this.search = search;
        this.defaultMinConfidence = defaultMinConfidence;
    }

    /** The confidence a passage needs when a request does not say (the {@code search.min-confidence} setting). */
    public double defaultMinConfidence() {
        return defaultMinConfidence;
    }

    /**
     * The passages for {@code request}.
     *
     * @throws ModeUnavailableException for semantic or hybrid on an index without embeddings
     */
    public RetrieveResult retrieve(RetrieveRequest request) throws IOException {
        SearchMode mode = request.mode().orElseGet(search::defaultMode);
        List<Ranked.RankedChunk> ranked =
                search.rank(request.query(), mode, request.filters(), request.k() + SPARE_CANDIDATES);
        List<Passage> passages = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        int used = 0;
        for (Ranked.RankedChunk candidate : ranked) {
            if (passages.size() == request.k()) {
                break;
            }
            if (candidate.confidence() != null && candidate.confidence() < request.minConfidence()) {
                continue; // unlikely to answer: a bot would pass it on as if it did
            }
            Chunk chunk = candidate.chunk();
            if (!texts.add(normalised(chunk.body()))) {
                continue; // the same text under another id (a repeated FAQ answer, a copied section)
            }
            Passage passage = toPassage(chunk, chunk.body(), candidate.score(), candidate.confidence());
            int cost = TokenEstimate.of(passage);
            if (used + cost > request.maxTokens()) {
                Optional<Passage> cut = cutToFit(passage, request.maxTokens() - used);
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
                used);
    }

    /** The passage with as many whole sentences as fit in {@code budget} tokens, if at least one does. */
    private static Optional<Passage> cutToFit(Passage passage, int budget) {
        int overhead = TokenEstimate.of(toPassageText(passage, ""));
        int maxChars = (budget - overhead) * TokenEstimate.CHARS_PER_TOKEN;
        if (maxChars <= 0) {
            return Optional.empty();
        }
        String text = passage.text();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        int end = 0;
        for (int next = sentences.next(); next != BreakIterator.DONE && next <= maxChars; next = sentences.next()) {
            end = next;
        }
        String cut = text.substring(0, end).strip();
        if (cut.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(toPassageText(passage, cut));
    }

    private static Passage toPassageText(Passage passage, String text) {
        return new Passage(passage.id(), passage.title(), passage.breadcrumb(), text, passage.url(), passage.score(),
                passage.confidence(), passage.article());
    }

    private static Passage toPassage(Chunk chunk, String text, float score, Double confidence) {
        return new Passage(chunk.id(), chunk.title(), chunk.breadcrumb(), text, chunk.url(), score, confidence,
                SearchHit.ArticleRef.of(chunk));
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
