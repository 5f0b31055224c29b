package dev.faqindex.search;

import dev.faqindex.content.Chunk;
import dev.faqindex.semantic.TextEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The quick answer of a search: when the best hit is likely enough to answer ({@code minConfidence}), the sentence
 * or two of its prose ({@link AnswerProse}) that answer the question ({@link AnswerSentences}); otherwise none, and
 * the page shows its closest matches without claiming an answer. What a chunk offers to answer from (its prose's
 * sentences and their terms) does not depend on the question, so it is kept per commit for the chunks answered from
 * most recently.
 */
final class QuickAnswers {

    /** Chunks whose answering sentences are kept, at most (a few kilobytes each). */
    static final int CHUNKS_KEPT = 8_192;

    /** What a chunk offers to answer from: where it is and its prose's sentences. */
    private record Answerable(String id, String url, AnswerSentences.Sentences sentences) {
    }

    private final Supplier<Optional<TextEmbedder>> embedder;
    private final double minConfidence;
    private final SentenceVectors sentences;
    private final PerCommit<Integer, Answerable> answerable = new PerCommit<>(CHUNKS_KEPT);

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
        Answerable chunk = answerable(ranked, best);
        return AnswerSentences.chooseAmong(List.of(chunk.sentences()), ranked.words(), ranked.vector(),
                        embedder.get(), sentences)
                .getFirst()
                .map(chosen -> new QuickAnswer(chunk.id(), chosen.text(), chosen.html(), chunk.url(), confidence))
                .orElse(null);
    }

    private Answerable answerable(Ranked ranked, int doc) {
        try {
            return answerable.get(ranked.searcher().getIndexReader(), doc, () -> {
                Chunk chunk = ChunkStore.readWhole(ranked.searcher(), doc);
                return new Answerable(chunk.id(), chunk.url(),
                        AnswerSentences.Sentences.of(AnswerProse.of(chunk)));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
