package dev.faqindex.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading rules.yaml: the documented shape, every action, matching through analysis, and refusals by line. */
class RuleFileTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Test
    void readsTheDocumentedShape() throws Exception {
        RuleSet rules = RuleFile.parse("""
                rules:
                  - query: cancel subscription        # a comment
                    pin: [{id: "billing:how-do-i-cancel", position: 1}]
                    hide: ["billing:old-pricing"]
                """);
        QueryRule rule = rules.rules().getFirst();
        assertEquals("cancel subscription", rule.id());
        assertEquals(MatchKind.CONTAINS, rule.match());
        assertEquals(List.of(new Pin("billing:how-do-i-cancel", null, 1)), rule.pin());
        assertEquals("billing:old-pricing", rule.hide().getFirst().id());
    }

    @Test
    void readsEveryActionAndItsDefaults() throws Exception {
        QueryRule rule = RuleFile.parse("""
                rules:
                  - id: billing season
                    query: invoice
                    match: all-words
                    from: 2026-01-01
                    until: 2026-12-31
                    pin: {article: billing, position: 2}
                    hide: [{tag: legacy}, {type: section}]
                    boost: {tag: billing, factor: 3}
                    bury: {article: old-pricing}
                    filter: {type: faq}
                """).rules().getFirst();
        assertEquals("billing season", rule.id());
        assertEquals(MatchKind.ALL_WORDS, rule.match());
        assertEquals(new Pin(null, "billing", 2), rule.pin().getFirst());
        assertEquals(3.0, rule.boost().getFirst().factor());
        assertEquals(Reorder.DEFAULT_FACTOR, rule.bury().getFirst().factor());
        assertEquals("faq", rule.filter().getFirst().type());
        assertTrue(rule.inForce(DAY));
        assertTrue(!rule.inForce(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void matchesThroughTheSearchAnalysis() throws Exception {
        RuleSet rules = RuleFile.parse("""
                rules:
                  - {id: contains, query: whiteboard, hide: [x]}
                  - {id: exact, query: reset password, match: exact, hide: [x]}
                  - {id: all, query: password reset, match: all-words, hide: [x]}
                  - {id: empty, query: "", hide: [x]}
                """);
        assertEquals(List.of("contains"), ids(rules.matching("Cleaning WHITEBOARDS", DAY)));
        assertEquals(List.of("exact", "all"), ids(rules.matching("resetting passwords", DAY)));
        assertEquals(List.of("all"), ids(rules.matching("how to reset my password", DAY)));
        assertEquals(List.of("empty"), ids(rules.matching("  ", DAY)));
    }

    @Test
    void refusesWithTheLine() {
        RuleProblem unknown = refused("""
                rules:
                  - query: cancel
                    pinn: [a]
                    hide: [b]
                """);
        assertEquals(3, unknown.line());
        assertTrue(unknown.message().contains("pinn"), unknown.message());

        RuleProblem badPosition = refused("""
                rules:
                  - query: cancel
                    pin:
                      - {id: a, position: 0}
                """);
        assertEquals(4, badPosition.line());
        assertTrue(badPosition.message().contains("position must be between 1 and 50"), badPosition.message());

        RuleProblem nothing = refused("rules:\n  - query: cancel\n");
        assertTrue(nothing.message().contains("does nothing"), nothing.message());

        RuleProblem syntax = refused("rules:\n  - query: [unclosed\n");
        assertTrue(syntax.line() >= 2, "line " + syntax.line());
    }

    @Test
    void aBrokenEditKeepsTheLastGoodRules(@TempDir Path dir) throws Exception {
        RuleFile file = RuleFile.inContentFolder(dir);
        assertTrue(file.current().isEmpty());
        file.write("rules:\n  - {query: cancel, hide: [a]}\n");
        assertEquals(1, file.current().rules().size());
        Files.writeString(file.path(), "rules:\n  - {query: cancel, hide: [a]}\n  - {query: refund, match: fuzzy, hide: [b]}\n");
        assertEquals(1, file.current().rules().size(), "the last good rules stay");
        assertEquals(3, file.problem().orElseThrow().line());
        assertThrows(RulesRefusedException.class, () -> file.write("rules: [{query: x}]"));
        assertTrue(Files.readString(file.path()).contains("refund"), "a refused write leaves the file alone");
    }

    private static List<String> ids(List<QueryRule> rules) {
        return rules.stream().map(QueryRule::id).toList();
    }

    private static RuleProblem refused(String text) {
        return assertThrows(RulesRefusedException.class, () -> RuleFile.parse(text)).problem();
    }
}
