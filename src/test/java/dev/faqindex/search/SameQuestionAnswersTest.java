package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.faqindex.index.ChunkFields;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Answers to one question rank together; chunks with titles of their own keep their order. */
class SameQuestionAnswersTest {

    @AutoClose
    private static final InMemoryChunks KENNEL = new InMemoryChunks()
            .faq("dogs:trim-1", "dogs", "How do I trim my dog's nails?", "Clippers made for dogs, the tip only.")
            .faq("dogs:trim-2", "dogs", "How do I trim my dog's nails?", "Walks on pavement wear them down.")
            .faq("dogs:bath", "dogs", "How often should I bathe my dog?", "Once a month with a mild shampoo.")
            .faq("cats:trim", "cats", "How do I trim my dog's nails?", "Ask the vet; this page is about cats.");

    @Test
    void aWeakAnswerToTheBestQuestionRisesAboveAnotherQuestion() throws Exception {
        ScoreDoc[] bm25 = {hit("dogs:trim-1", 10f), hit("dogs:bath", 6f), hit("dogs:trim-2", 2f)};
        ScoreDoc[] together = SameQuestionAnswers.rankTogether(KENNEL.searcher(), bm25);
        assertEquals(List.of("dogs:trim-1", "dogs:trim-2", "dogs:bath"), KENNEL.ids(together));
        assertEquals(10f, together[0].score, 1e-6, "the best answer keeps its score");
        assertEquals(0.2f * 2f + 0.8f * 10f, together[1].score, 1e-5);
        assertEquals(6f, together[2].score, 1e-6, "a question answered once keeps its score");
    }

    @Test
    void theSameTitleInAnotherArticleIsAnotherQuestion() throws Exception {
        ScoreDoc[] bm25 = {hit("dogs:trim-1", 10f), hit("dogs:bath", 6f), hit("cats:trim", 2f)};
        assertSame(bm25, SameQuestionAnswers.rankTogether(KENNEL.searcher(), bm25), "nothing shared, nothing moved");
    }

    @Test
    void answersThatTieKeepTheirOrder() throws Exception {
        ScoreDoc[] bm25 = {hit("dogs:trim-2", 4f), hit("dogs:trim-1", 4f)};
        assertEquals(List.of("dogs:trim-2", "dogs:trim-1"),
                KENNEL.ids(SameQuestionAnswers.rankTogether(KENNEL.searcher(), bm25)));
    }

    private static ScoreDoc hit(String id, float score) throws IOException {
        TermQuery byId = new TermQuery(new Term(ChunkFields.ID, id));
        return new ScoreDoc(KENNEL.searcher().search(byId, 1).scoreDocs[0].doc, score);
    }
}
