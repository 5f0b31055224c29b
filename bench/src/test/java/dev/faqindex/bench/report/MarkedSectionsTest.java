package dev.faqindex.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The report rewrites only what is between its markers, and says so when a marker is missing. */
class MarkedSectionsTest {

    private static final String DOC = """
            # Benchmarks

            Hand-written text.

            <!-- bench:goals -->
            | old | table |
            <!-- /bench:goals -->

            More hand-written text with $1 and \\ in it.

            <!-- bench:http -->
            <!-- /bench:http -->
            """;

    @Test
    void replacesOnlyTheNamedSection() {
        String rewritten = MarkedSections.replace(DOC, "goals", "| new | table |\n");
        assertEquals(DOC.replace("| old | table |", "| new | table |"), rewritten);
        assertEquals(rewritten, MarkedSections.replace(rewritten, "goals", "| new | table |"));
    }

    @Test
    void fillsAnEmptySectionAndKeepsTextWithRegexCharacters() {
        String rewritten = MarkedSections.replace(DOC, "http", "costs $5 \\o/");
        assertTrue(rewritten.contains("<!-- bench:http -->\ncosts $5 \\o/\n<!-- /bench:http -->"));
        assertTrue(rewritten.contains("More hand-written text with $1 and \\ in it."));
    }

    @Test
    void aMissingSectionIsAnError() {
        assertFalse(MarkedSections.has(DOC, "jmh"));
        assertThrows(IllegalArgumentException.class, () -> MarkedSections.replace(DOC, "jmh", "x"));
    }

    @Test
    void readsASectionsTextAndKeepsAnEarlierStartupTable() {
        String doc = MarkedSections.replace(DOC, "http", "| a | b |\n\n| corpus | launched with | x |\n|---|---|---|\n");
        String body = MarkedSections.body(doc, "http");
        assertTrue(body.contains("| a | b |"));
        assertEquals("\n| corpus | launched with | x |\n|---|---|---|\n", PerformanceTables.startupTable(body));
        assertEquals("", PerformanceTables.startupTable(MarkedSections.body(DOC, "http")));
        assertEquals("", MarkedSections.body(DOC, "none"));
    }
}
