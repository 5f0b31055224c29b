package dev.faqindex.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Query files judged by titles or by content files, and how their judgments match ranked results. */
class QuerySetsTest {

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve("queries.tsv"), text);
    }

    @Test
    void filePathsAreRecognisedAndMatchedAgainstTheResultsPath() throws IOException {
        List<JudgedQuery> queries = QuerySets.readJudged(file("""
                # query<TAB>files
                reset my password\taccount/reset-password.html|faq.html
                opening hours\tfaq.html
                """), QuerySets.Expectation.AUTO);
        assertEquals(2, queries.size());
        JudgedQuery first = queries.getFirst();
        assertEquals("2", first.id(), "the line number");
        assertEquals(Set.of("account/reset-password.html", "faq.html"), first.pathAlternatives());
        assertTrue(first.isRelevant(new RankedItem("faq:hours", "Opening hours", List.of("FAQ"), "faq.html")));
        assertFalse(first.isRelevant(new RankedItem("x:y", "faq.html", List.of("faq.html"), "other.html")),
                "a path judgment looks at the path, not the title");
        assertFalse(first.isRelevant(new RankedItem("faq:hours", "Opening hours", List.of())), "no path known");
    }

    @Test
    void titlesStayTitlesUnlessPathsAreAskedFor() throws IOException {
        Path tsv = file("stiff back after rowing\tWarm-up|Lower Back\nkettle scale\tkettle.md\n");
        List<JudgedQuery> auto = QuerySets.readJudged(tsv, QuerySets.Expectation.AUTO);
        assertTrue(auto.getFirst().pathAlternatives().isEmpty(), "one title makes the whole file title-judged");
        assertTrue(auto.getFirst().isRelevant(new RankedItem("a:b", "Warm-up routine", List.of())));
        assertEquals(QuerySets.readTitleJudged(tsv), auto);

        List<JudgedQuery> byPath = QuerySets.readJudged(tsv, QuerySets.Expectation.PATH);
        assertEquals(Set.of("kettle.md"), byPath.get(1).pathAlternatives());
        assertTrue(byPath.get(1).isRelevant(new RankedItem("k:1", "Descaling", List.of(), "kettle.md")));
    }

    @Test
    void aLineWithoutTabOrExpectationIsNamed() throws IOException {
        IllegalArgumentException noTab = assertThrows(IllegalArgumentException.class,
                () -> QuerySets.readJudged(file("no tab here\n"), QuerySets.Expectation.AUTO));
        assertTrue(noTab.getMessage().endsWith(":1: expected query<TAB>expected titles or files"), noTab.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> QuerySets.readJudged(file("ok\tfaq.html\nnothing\t | \n"), QuerySets.Expectation.AUTO));
        assertTrue(empty.getMessage().contains(":2: no expected"), empty.getMessage());
    }
}
