package dev.faqindex.search;

import dev.faqindex.content.Chunk;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import dev.faqindex.semantic.TextEmbedder;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Makes hits to display of ranked documents: the stored chunk's identity and link, its best passages with the
 * query's words highlighted ({@link SnippetHighlighter}), and how its score was made when asked for
 * ({@link HitExplainer}).
 */
final class HitRenderer {

    private final SnippetHighlighter highlighter = new SnippetHighlighter();
    /** Hits of a page found by meaning alone whose answering sentence is looked for, at most. */
    static final int MAX_SENTENCE_SNIPPETS = 3;

    private final Supplier<Optional<TextEmbedder>> embedder;
    private final SentenceVectors sentences;

    /**
     * @param embedder the index's model, to find the sentence of a hit found by meaning alone
     * @param sentences the sentence embeddings kept across searches
     */
    HitRenderer(Supplier<Optional<TextEmbedder>> embedder, SentenceVectors sentences) {
        this.embedder = embedder;
        this.sentences = sentences;
    }

    /** Hits of a search: as {@link #render}, a hit found by meaning alone showing its answering sentence. */
    List<SearchHit> render(Ranked ranked, ScoreDoc[] docs, Optional<HitExplainer> explainer) throws IOException {
        List<SearchHit> hits = render(ranked.searcher(), ranked.lexical().rewritten(), docs, explainer,
                ranked.assessed());
        if (ranked.vector() == null) {
            return hits;
        }
        List<Integer> unmatched = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            if (!hits.get(i).snippet().contains("<mark>") && unmatched.size() < MAX_SENTENCE_SNIPPETS) {
                unmatched.add(i);
                bodies.add(AnswerProse.of(ChunkStore.readWhole(ranked.searcher(), docs[i].doc)));
            }
        }
        if (unmatched.isEmpty()) {
            return hits;
        }
        List<Optional<AnswerSentences.Chosen>> chosen = AnswerSentences.choose(bodies, ranked.words(),
                ranked.vector(), embedder.get(), sentences);
        List<SearchHit> out = new ArrayList<>(hits);
        for (int j = 0; j < unmatched.size(); j++) {
            int i = unmatched.get(j);
            chosen.get(j).ifPresent(sentence -> out.set(i, out.get(i).withSnippet(sentence.html())));
        }
        return out;
    }

    /**
     * One hit per document, in the same order, each with its confidence when {@code assessed} has it. Chunks found
     * by meaning alone have no matched word: their snippet is their first passages.
     */
    List<SearchHit> render(IndexSearcher searcher, Query query, ScoreDoc[] docs, Optional<HitExplainer> explainer,
            Map<Integer, LearnedRanking.Assessed> assessed) throws IOException {
        String[] snippets = highlighter.snippets(searcher, query, docs);
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Chunk chunk = ChunkStore.read(searcher, docs[i].doc);
            LearnedRanking.Assessed assessment = assessed.get(docs[i].doc);
            SearchHit hit = toHit(chunk, snippets[i], docs[i].score,
                    assessment == null ? null : assessment.confidence());
            if (explainer.isPresent()) {
                hit = hit.withExplanation(explainer.get().explain(docs[i].doc, chunk, assessment));
            }
            hits.add(hit);
        }
        return hits;
    }

    private static SearchHit toHit(Chunk chunk, String snippet, float score, Double confidence) {
        return new SearchHit(
                chunk.id(),
                chunk.type().label(),
                chunk.title(),
                chunk.breadcrumb(),
                chunk.url(),
                snippet,
                score,
                confidence,
                SearchHit.ArticleRef.of(chunk),
                null,
                chunk.internal());
    }
}
