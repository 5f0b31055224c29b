package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.index.ChunkFields;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which clauses of a lexical query restrict the vector candidates, found with a QueryVisitor. */
class QueryConstraintsTest {

    private static final Query PLANK = word("plank");
    private static final Query SQUAT = word("squat");
    private static final Query CORE = word("core");
    private static final Query PHRASE = new BoostQuery(new DisjunctionMaxQuery(List.of(
            new PhraseQuery(ChunkFields.TITLE, "glute", "bridg"), new PhraseQuery(ChunkFields.BODY, "glute", "bridg")),
            0.3f), 0.9f);
    private static final Query EITHER = bool(SQUAT, Occur.SHOULD, CORE, Occur.SHOULD);
    private static final Query FUZZY = new FuzzyQuery(new Term(ChunkFields.BODY, "plnk"));

    @AutoClose
    private static final InMemoryChunks CHUNKS = new InMemoryChunks()
            .faq("a", "gym", "Is the plank safe?", "Hold the plank and brace the core.")
            .faq("b", "gym", "Squats and the back", "Squat with a neutral spine.")
            .faq("c", "gym", "Glute bridges", "Glute bridges wake the glutes; squat after.");

    private static Query word(String word) {
        return new TermQuery(new Term(ChunkFields.BODY, word));
    }

    private static Query bool(Object... clauseAndOccur) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (int i = 0; i < clauseAndOccur.length; i += 2) {
            builder.add((Query) clauseAndOccur[i], (Occur) clauseAndOccur[i + 1]);
        }
        return builder.build();
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of(bool(PLANK, Occur.SHOULD, SQUAT, Occur.SHOULD), Set.of(), Set.of()),
                Arguments.of(bool(PLANK, Occur.MUST, SQUAT, Occur.SHOULD), Set.of(PLANK), Set.of()),
                Arguments.of(bool(PLANK, Occur.SHOULD, CORE, Occur.MUST_NOT), Set.of(), Set.of(CORE)),
                Arguments.of(bool(new MatchAllDocsQuery(), Occur.MUST, CORE, Occur.MUST_NOT), Set.of(), Set.of(CORE)),
                Arguments.of(bool(PHRASE, Occur.MUST, PLANK, Occur.SHOULD), Set.of(PHRASE), Set.of()),
                Arguments.of(bool(EITHER, Occur.MUST, PLANK, Occur.MUST_NOT), Set.of(EITHER), Set.of(PLANK)),
                Arguments.of(bool(FUZZY, Occur.MUST, SQUAT, Occur.MUST, CORE, Occur.FILTER), Set.of(FUZZY, SQUAT),
                        Set.of()),
                Arguments.of(new MatchNoDocsQuery("no searchable words"), Set.of(), Set.of()),
                Arguments.of(PLANK, Set.of(), Set.of()),
                Arguments.of(PHRASE, Set.of(), Set.of()));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void findsTheRequiredAndExcludedClausesOfTheTopLevel(Query query, Set<Query> required, Set<Query> excluded) {
        QueryConstraints constraints = QueryConstraints.of(query);
        assertEquals(required, new HashSet<>(constraints.required()), "required");
        assertEquals(excluded, new HashSet<>(constraints.excluded()), "excluded");
    }

    @Test
    void restrictsToTheFilterAndTheConstraintsTogether() throws IOException {
        Query squatNotCore = bool(SQUAT, Occur.MUST, CORE, Occur.MUST_NOT, PLANK, Occur.SHOULD);
        assertEquals(Set.of("b", "c"), CHUNKS.matching(QueryConstraints.of(squatNotCore).restrict(Optional.empty())
                .orElseThrow()));
        Query onlyB = new TermQuery(new Term(ChunkFields.ID, "b"));
        assertEquals(Set.of("b"), CHUNKS.matching(QueryConstraints.of(squatNotCore).restrict(Optional.of(onlyB))
                .orElseThrow()));
    }

    @Test
    void exclusionsAloneLetEverythingElseThrough() throws IOException {
        Query notCore = bool(new MatchAllDocsQuery(), Occur.MUST, CORE, Occur.MUST_NOT);
        assertEquals(Set.of("b", "c"), CHUNKS.matching(QueryConstraints.of(notCore).restrict(Optional.empty())
                .orElseThrow()));
    }

    @Test
    void plainWordsRestrictNothing() {
        Query words = bool(PLANK, Occur.SHOULD, SQUAT, Occur.SHOULD);
        assertTrue(QueryConstraints.of(words).restrict(Optional.empty()).isEmpty());
        Query filter = new TermQuery(new Term(ChunkFields.TYPE, "faq"));
        assertEquals(Optional.of(bool(filter, Occur.FILTER)), QueryConstraints.of(words).restrict(Optional.of(filter)));
    }
}
