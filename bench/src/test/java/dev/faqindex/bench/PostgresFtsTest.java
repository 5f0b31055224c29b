package dev.faqindex.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The PostgreSQL baseline's query text and ranking expression (the database itself runs in bench/run.sh only). */
class PostgresFtsTest {

    @Test
    void userTextBecomesOredWordsThatCannotBreakTsquerySyntax() {
        assertEquals("child | s | pose", PostgresFts.orOfWords("child's pose"));
        assertEquals("pruning | roses | bud", PostgresFts.orOfWords("\"pruning\" & (roses:* <-> !bud) |"));
        assertEquals("", PostgresFts.orOfWords(" -- ?! "));
    }

    @Test
    void rankingWeighsFieldsLikeTheFts5Baseline() {
        String articles = PostgresFts.Ranking.TUNED.expression(FieldWeights.ARTICLES);
        assertEquals("ts_rank('{0, 0.3333, 0.6667, 1.0000}', tsv, q, 1)", articles);
        String questionAnswer = new PostgresFts.Ranking("ts_rank_cd", 32).expression(FieldWeights.QUESTION_ANSWER);
        assertEquals("ts_rank_cd('{0, 0.5000, 0.0000, 1.0000}', tsv, q, 32)", questionAnswer);
        assertTrue(PostgresFts.resultPageSql(FieldWeights.ARTICLES, PostgresFts.Ranking.TUNED).contains("ts_headline"));
        assertThrows(IllegalArgumentException.class, () -> new PostgresFts.Ranking("random()", 0));
    }
}
