package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faqindex.eval.JudgedQuery;
import dev.faqindex.eval.QuerySets;
import dev.faqindex.eval.RankedItem;
import dev.faqindex.eval.RelevanceEvaluator;
import dev.faqindex.eval.RelevanceReport;
import dev.faqindex.testing.Paths;
import dev.faqindex.testing.RunningServer;
import dev.faqindex.testing.SharedServer;
import dev.faqindex.testing.SharedServer.Folder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Ranking on the real seed article, as its owner publishes it, through the HTTP API. */
class SeedRelevanceTest {

    @SharedServer(Folder.SEED)
    static RunningServer server;

    @ParameterizedTest
    @FieldSource("dev.faqindex.testing.SeedFacts#FAQ_QUESTIONS")
    void eachFaqQuestionFindsItsEntryFirst(String question) throws Exception {
        JsonNode first = server.search(question, "").body().get("hits").get(0);
        assertEquals("faq", first.get("type").asText(), first.toString());
        assertEquals(question, first.get("title").asText());
    }

    private static RelevanceReport devQueries(String mode) throws Exception {
        List<JudgedQuery> queries = QuerySets.readTitleJudged(Paths.eval().resolve("seed-dev-queries.tsv"));
        assertEquals(15, queries.size());
        RelevanceReport report = RelevanceEvaluator.evaluate(queries, (text, depth) -> {
            List<RankedItem> items = new ArrayList<>();
            for (JsonNode hit : server.search(text, "&mode=" + mode + "&limit=" + depth).body().get("hits")) {
                List<String> crumbs = new ArrayList<>();
                hit.get("breadcrumb").forEach(c -> crumbs.add(c.asText()));
                items.add(new RankedItem(hit.get("id").asText(), hit.get("title").asText(), crumbs));
            }
            return items;
        });
        System.out.println("seed dev queries, " + mode + ": " + report.summary());
        report.perQuery().forEach(o -> System.out.println("  " + o.firstRelevantRank() + "  " + o.query().text()
                + "  " + o.topTitles()));
        return report;
    }

    @Test
    void devQueriesFindTheirAnswersLexically() throws Exception {
        RelevanceReport report = devQueries("lexical");
        assertEquals(15, report.top3(), report.summary());
        assertTrue(report.top1() >= 14, report.summary());
    }

    @Test
    void hybridIsAtLeastAsGoodAsLexical() throws Exception {
        RelevanceReport lexical = devQueries("lexical");
        RelevanceReport hybrid = devQueries("hybrid");
        assertTrue(hybrid.top1() >= 14, hybrid.summary());
        assertTrue(hybrid.top3() >= lexical.top3(), hybrid.summary() + " vs " + lexical.summary());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "kettlebell swngs, kettlebell swings",
        "degenrative disc disease, degenerative disc disease",
        "bent over rwos, bent over rows",
        "glute bridgs, glute bridges",
        "hamstring strech, hamstring stretch",
        "pain radiatng down the legs, pain radiating down the legs"})
    void oneMisspelledWordFindsWhatTheCorrectSpellingFinds(String misspelled, String correct) throws Exception {
        JsonNode wrong = server.search(misspelled, "&limit=3").body();
        JsonNode right = server.search(correct, "&limit=3").body();
        assertEquals(right.get("hits").get(0).get("id"), wrong.get("hits").get(0).get("id"));
        assertEquals(correct, wrong.get("suggestion").asText());
    }
}
