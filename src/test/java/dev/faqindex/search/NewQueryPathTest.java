package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.index.ChunkFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** What a new query no longer redoes: each saving gives what the work it replaces gave. */
class NewQueryPathTest {

    @AutoClose
    private static final InMemoryChunks CHUNKS = new InMemoryChunks()
            .faq("a", "gym", "Stretching the hamstrings", "A gentle hamstring stretch after running. Hold it.")
            .faq("b", "gym", "Hamstrung", "Stretch each hamstring, then hold a plank with a straight back.")
            .section("c", "desk", "Posture at the desk", "Sit back; a plank a day keeps the ache away.", "work")
            .part("d", "desk", "long", "Long part", "Running and stretching, the second part of a long section.");

    private final IndexSearcher searcher = CHUNKS.searcher();
    private final IndexReader reader = searcher.getIndexReader();

    @Test
    void storedFieldsReadThroughTheCacheAreThoseOfTheIndex() throws IOException {
        StoredDocuments cache = new StoredDocuments(StoredDocuments.DEFAULT_MAX_BYTES);
        StoredFields direct = reader.storedFields();
        for (int round = 0; round < 2; round++) { // the second round is answered from the cache
            StoredFields cached = cache.of(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                assertEquals(direct.document(doc).toString(), cached.document(doc).toString());
                Set<String> some = Set.of(ChunkFields.TITLE, ChunkFields.ANCHOR);
                assertEquals(direct.document(doc, some).toString(), cached.document(doc, some).toString());
            }
        }
    }

    @Test
    void answeringSentencesWorkedOutAheadAreTheTextsSentencesAndTerms() {
        String text = "Stretch each hamstring. Then hold a plank!\n\n- Keep the back straight\n- Breathe";
        AnswerSentences.Sentences ahead = AnswerSentences.Sentences.of(text);
        assertEquals(AnswerSentences.sentences(text), ahead.sentences());
        assertEquals(ahead.sentences().size(), ahead.terms().size());
        QueryWords words = QueryWords.of("how long to hold a plank");
        assertEquals(AnswerSentences.choose(List.of(text), words, null, Optional.empty(), new SentenceVectors()),
                AnswerSentences.chooseAmong(List.of(ahead), words, null, Optional.empty(), new SentenceVectors()));
        assertEquals("Then hold a plank! Keep the back straight", AnswerSentences.chooseAmong(List.of(ahead), words,
                null, Optional.empty(), new SentenceVectors()).getFirst().orElseThrow().text());
    }

    @Test
    void aSpellingDecisionIsKeptAndGivenAgain() throws IOException {
        SpellingCorrector corrector = new SpellingCorrector();
        assertEquals(Optional.of("hamstring"), corrector.correct(reader, "hamstrng"));
        assertEquals(Optional.of("hamstring"), corrector.correct(reader, "HAMSTRNG"));
        assertEquals(Optional.empty(), corrector.correct(reader, "xqzjwvkp"));
        assertEquals(Optional.empty(), corrector.correct(reader, "xqzjwvkp"));
    }

    @Test
    void aFuzzyWordExpandsOncePerCommitToWhatLuceneMakesOfIt() throws IOException {
        FuzzyExpansions expansions = new FuzzyExpansions();
        FuzzyQuery fuzzy = new FuzzyQuery(new Term(ChunkFields.BODY, "stretc"), 2, 1, 20, true);
        Query first = expansions.of(fuzzy).rewrite(searcher);
        assertEquals(fuzzy.rewrite(searcher).toString(), first.toString());
        assertSame(first, expansions.of(fuzzy).rewrite(new IndexSearcher(reader)), "kept for the same commit");
        assertEquals(CHUNKS.matching(fuzzy), CHUNKS.matching(expansions.of(fuzzy)));
    }

    @Test
    void theBodyOnlyQueryMatchesTheBodyWhereTheWholeQueryDoes() throws IOException {
        WeightedFields fields = new WeightedFields(RankingProfile.standard());
        List<Query> queries = new ArrayList<>();
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String word : List.of("hamstring", "plank", "desk", "running")) {
            words.add(fields.word(word).orElseThrow(), BooleanClause.Occur.SHOULD);
        }
        words.add(new TermQuery(new Term(ChunkFields.BODY, "gentle")), BooleanClause.Occur.MUST_NOT);
        queries.add(words.build());
        queries.add(fields.phrase("a plank").orElseThrow());
        queries.add(fields.anyField((field, text) -> new FuzzyQuery(new Term(field, text)), "strech").orElseThrow());
        for (Query query : queries) {
            Query rewritten = searcher.rewrite(query);
            Query bodyOnly = FieldOnlyQuery.of(rewritten, ChunkFields.BODY);
            assertNotSame(rewritten, bodyOnly);
            assertEquals(bodyMatches(rewritten), bodyMatches(bodyOnly), query.toString());
        }
        assertTrue(bodyMatches(searcher.rewrite(queries.getFirst())).stream().anyMatch(s -> !s.isEmpty()));
    }

    @Test
    void aQueryThatRequiresAClauseIsKeptWhole() throws IOException {
        WeightedFields fields = new WeightedFields(RankingProfile.standard());
        Query required = searcher.rewrite(new BooleanQuery.Builder()
                .add(fields.word("desk").orElseThrow(), BooleanClause.Occur.MUST)
                .add(fields.word("plank").orElseThrow(), BooleanClause.Occur.SHOULD)
                .build());
        assertSame(required, FieldOnlyQuery.of(required, ChunkFields.BODY));
    }

    /** Per document, the body's match offsets as text. */
    private List<String> bodyMatches(Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        List<String> out = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                Matches matches = weight.matches(leaf, doc);
                MatchesIterator body = matches == null ? null : matches.getMatches(ChunkFields.BODY);
                StringBuilder offsets = new StringBuilder();
                while (body != null && body.next()) {
                    offsets.append(body.startOffset()).append('-').append(body.endOffset()).append(' ');
                }
                out.add(offsets.toString());
            }
        }
        return out;
    }
}
