package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class FrugalPassageScorerTest {

    @Test
    void scoresEveryPassageAsLucenesScorerDoes() {
        Random random = new Random(13);
        PassageScorer lucene = new PassageScorer();
        PassageScorer frugal = new FrugalPassageScorer();
        String[] words = {"back", "pain", "stretch", "wi", "wifi", "b", "ba", "back pain"};
        for (int round = 0; round < 20_000; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(2000);
            int length = 1 + random.nextInt(400);
            passage.setStartOffset(start);
            passage.setEndOffset(start + length);
            int matches = random.nextInt(12);
            for (int m = 0; m < matches; m++) {
                int at = start + random.nextInt(length);
                passage.addMatch(at, Math.min(start + length, at + 1 + random.nextInt(9)),
                        new BytesRef(words[random.nextInt(words.length)]), 1 + random.nextInt(random.nextInt(4) + 1));
            }
            int contentLength = start + length + random.nextInt(3000);
            assertEquals(Float.floatToIntBits(lucene.score(passage, contentLength)),
                    Float.floatToIntBits(frugal.score(passage, contentLength)));
        }
    }
}
