package dev.faqindex.search;

import dev.faqindex.content.Chunk;
import dev.faqindex.semantic.TextEmbedder;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The quick answer of a search: when the best hit is likely enough to answer ({@code minConfidence}), the sentence
 * or two of its prose ({@link AnswerProse}) that answer the question ({@link AnswerSentences}); otherwise none, and
 * the page shows its closest matches without claiming an answer.
 */
final class QuickAnswers {

    private final Supplier<Optional<TextEmbedder>> embedder;
    private final double minConfidence;
    private final SentenceVectors sentences;

    QuickAnswers(Supplier<Optional<TextEmbedder>> embedder, double minConfidence, SentenceVectors sentences) {
        this.embedder = embedder;
        this.minConfidence = minConfidence;
        this.sentences = sentences;
    }

    /** The answer of {@code ranked}, or {@code null} when its best hit does not clear the threshold. */
    QuickAnswer of(Ranked ranked) {
        if (ranked.top().length == 0) {
            return null;
        }
        int best = ranked.top()[0].doc;
        Double confidence = ranked.confidence(best);
        if (confidence == null || confidence < minConfidence) {
            return null;
        }
        Chunk chunk = ChunkStore.readWhole(ranked.searcher(), best);
        return AnswerSentences.choose(List.of(AnswerProse.of(chunk)), ranked.words(), ranked.vector(), embedder.get(),
                        sentences)
                .getFirst()
                .map(chosen -> new QuickAnswer(chunk.id(), chosen.text(), chosen.html(), chunk.url(), confidence))
                .orElse(null);
    }
}
