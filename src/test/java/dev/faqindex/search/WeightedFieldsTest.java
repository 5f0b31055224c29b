package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.faqindex.index.ChunkFields;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BlendedTermQuery;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Query parts are matched in the title, the enclosing headings and the body, weighted by the ranking profile. */
class WeightedFieldsTest {

    private static final RankingProfile PROFILE = RankingProfile.standard();
    @AutoClose
    private static final InMemoryChunks CHUNKS = new InMemoryChunks()
            .faq("title", "gym", "Glute bridges", "Lie down and lift the hips.")
            .faq("body", "gym", "Warming up", "Do a few glute bridges and leg swings.")
            .faq("apart", "gym", "Bridges over rivers", "No glute work here.");

    private final WeightedFields fields = new WeightedFields(PROFILE);

    @Test
    void aWordIsItsStemBlendedOverTheFieldsWithTheirWeights() {
        Query planks = fields.word("Planks").orElseThrow();
        BlendedTermQuery blended = assertInstanceOf(BlendedTermQuery.class, planks);
        assertEquals(new BlendedTermQuery.Builder()
                .setRewriteMethod(new BlendedTermQuery.DisjunctionMaxRewrite(PROFILE.fieldTieBreaker()))
                .add(new Term(ChunkFields.TITLE, "plank"), PROFILE.titleBoost())
                .add(new Term(ChunkFields.PARENTS, "plank"), PROFILE.breadcrumbBoost())
                .add(new Term(ChunkFields.BODY, "plank"), PROFILE.bodyBoost())
                .build(), blended);
    }

    @Test
    void aWordOfSeveralPartsMatchesAnyPart() {
        BooleanQuery parts = assertInstanceOf(BooleanQuery.class, fields.word("sit-ups").orElseThrow());
        assertEquals(2, parts.clauses().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"the", "--", "?"})
    void stopWordsAndPunctuationAreNothingToMatch(String text) {
        assertEquals(Optional.empty(), fields.word(text));
        assertEquals(Optional.empty(), fields.phrase(text));
    }

    @Test
    void aPhraseMustMatchItsWordsInOrderInOneField() throws IOException {
        Query phrase = fields.phrase("glute bridges").orElseThrow();
        DisjunctionMaxQuery anyField = assertInstanceOf(DisjunctionMaxQuery.class, phrase);
        assertEquals(PROFILE.fieldTieBreaker(), anyField.getTieBreakerMultiplier());
        assertEquals(Set.of(new BoostQuery(new PhraseQuery(ChunkFields.TITLE, "glute", "bridg"), PROFILE.titleBoost()),
                new BoostQuery(new PhraseQuery(ChunkFields.PARENTS, "glute", "bridg"), PROFILE.breadcrumbBoost()),
                new BoostQuery(new PhraseQuery(ChunkFields.BODY, "glute", "bridg"), PROFILE.bodyBoost())),
                Set.copyOf(anyField.getDisjuncts()));
        assertEquals(Set.of("title", "body"), CHUNKS.matching(phrase));
    }

    @Test
    void aTitleMatchOutranksABodyMatch() throws IOException {
        ScoreDoc[] ranked = CHUNKS.searcher().search(fields.word("glute").orElseThrow(), 3).scoreDocs;
        assertEquals("title", CHUNKS.ids(ranked).getFirst());
    }

    @Test
    void analysedTermsAreMatchedAsTheyAre() {
        assertEquals(Optional.empty(), fields.terms(List.of()));
        BooleanQuery any = assertInstanceOf(BooleanQuery.class, fields.terms(List.of("kettl")).orElseThrow());
        DisjunctionMaxQuery kettle = assertInstanceOf(DisjunctionMaxQuery.class, any.clauses().getFirst().query());
        assertEquals(new BoostQuery(new TermQuery(new Term(ChunkFields.TITLE, "kettl")), PROFILE.titleBoost()),
                kettle.getDisjuncts().stream().filter(q -> q.toString().contains("title")).findFirst().orElseThrow());
    }
}
