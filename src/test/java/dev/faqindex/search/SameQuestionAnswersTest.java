package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.faqindex.index.ChunkFields;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** Answers to one question rank together; chunks with titles of their own keep their order. */
class SameQuestionAnswersTest {

    private static InMemoryChunks kennel() {
        return new InMemoryChunks()
                .faq("dogs:trim-1", "dogs", "How do I trim my dog's nails?", "Clippers made for dogs, the tip only.")
                .faq("dogs:trim-2", "dogs", "How do I trim my dog's nails?", "Walks on pavement wear them down.")
                .faq("dogs:bath", "dogs", "How often should I bathe my dog?", "Once a month with a mild shampoo.")
                .faq("cats:trim", "cats", "How do I trim my dog's nails?", "Ask the vet; this page is about cats.");
    }

    @Test
    void aWeakAnswerToTheBestQuestionRisesAboveAnotherQuestion() throws Exception {
        try (InMemoryChunks chunks = kennel()) {
            IndexSearcher searcher = chunks.searcher();
            ScoreDoc[] bm25 = {
                hit(searcher, "dogs:trim-1", 10f), hit(searcher, "dogs:bath", 6f), hit(searcher, "dogs:trim-2", 2f)
            };
            ScoreDoc[] together = SameQuestionAnswers.rankTogether(searcher, bm25);
            assertEquals(List.of("dogs:trim-1", "dogs:trim-2", "dogs:bath"), chunks.ids(together));
            assertEquals(10f, together[0].score, 1e-6, "the best answer keeps its score");
            assertEquals(0.2f * 2f + 0.8f * 10f, together[1].score, 1e-5);
            assertEquals(6f, together[2].score, 1e-6, "a question answered once keeps its score");
        }
    }

    @Test
    void theSameTitleInAnotherArticleIsAnotherQuestion() throws Exception {
        try (InMemoryChunks chunks = kennel()) {
            IndexSearcher searcher = chunks.searcher();
            ScoreDoc[] bm25 = {
                hit(searcher, "dogs:trim-1", 10f), hit(searcher, "dogs:bath", 6f), hit(searcher, "cats:trim", 2f)
            };
            assertSame(bm25, SameQuestionAnswers.rankTogether(searcher, bm25), "nothing shared, nothing moved");
        }
    }

    @Test
    void answersThatTieKeepTheirOrder() throws Exception {
        try (InMemoryChunks chunks = kennel()) {
            IndexSearcher searcher = chunks.searcher();
            ScoreDoc[] bm25 = {hit(searcher, "dogs:trim-2", 4f), hit(searcher, "dogs:trim-1", 4f)};
            assertEquals(List.of("dogs:trim-2", "dogs:trim-1"),
                    chunks.ids(SameQuestionAnswers.rankTogether(searcher, bm25)));
        }
    }

    private static ScoreDoc hit(IndexSearcher searcher, String id, float score) throws IOException {
        return new ScoreDoc(searcher.search(new TermQuery(new Term(ChunkFields.ID, id)), 1).scoreDocs[0].doc, score);
    }
}
