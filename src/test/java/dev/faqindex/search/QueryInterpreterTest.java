package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a user's text: the corrected text offered back, the words embedded, and modes the index cannot serve. */
class QueryInterpreterTest {

    @AutoClose
    private static final InMemoryChunks CHUNKS = new InMemoryChunks()
            .faq("d", "gym", "Hamstring stretch", "Stretch the back of the thigh gently after running.");

    private final QueryInterpreter interpreter = new QueryInterpreter(RankingProfile.standard(), Optional::empty);
    private final IndexReader reader = CHUNKS.searcher().getIndexReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", textBlock = """
            hamstrng strech              => hamstring stretch
            Hamstrng STRECH please       => hamstring stretch please
            "hamstrng strech" -calves    => "hamstring stretch" -calves
            strechy strech-strech        => strechy stretch-stretch
            """)
    void suggestsTheTextWithEachCorrectedWordReplaced(String typed, String suggested) {
        Map<String, String> corrections = new LinkedHashMap<>();
        corrections.put("hamstrng", "hamstring");
        corrections.put("strech", "stretch");
        assertEquals(suggested, QueryInterpreter.suggestion(typed, corrections));
    }

    @Test
    void suggestsNothingWhenNothingWasCorrected() throws IOException {
        assertNull(QueryInterpreter.suggestion("hamstring stretch", Map.of()));
        assertNull(interpreter.interpret("hamstring stretch", SearchMode.LEXICAL, reader, InMemoryChunks.synonyms(""))
                .suggestion());
    }

    @Test
    void readsTyposAgainstTheIndexVocabulary() throws IOException {
        QueryInterpreter.Interpreted read = interpreter.interpret("hamstrng", SearchMode.LEXICAL, reader,
                InMemoryChunks.synonyms(""));
        assertEquals("hamstring", read.suggestion());
        assertEquals(Set.of("d"), CHUNKS.matching(read.lexical()));
        assertNull(read.vector(), "lexical mode embeds nothing");
    }

    @Test
    void rankingByMeaningNeedsAnIndexWithEmbeddings() {
        for (SearchMode mode : new SearchMode[] {SearchMode.SEMANTIC, SearchMode.HYBRID}) {
            assertThrows(ModeUnavailableException.class,
                    () -> interpreter.interpret("stretch", mode, reader, InMemoryChunks.synonyms("")));
        }
    }

    @ParameterizedTest
    @CsvSource({"'one two three', 2, 'one two'", "'one two', 2, 'one two'", "' one  two ', 5, ' one  two '"})
    void embedsTheFirstWordsOnly(String text, int max, String expected) {
        assertEquals(expected, QueryInterpreter.firstWords(text, max));
    }
}
