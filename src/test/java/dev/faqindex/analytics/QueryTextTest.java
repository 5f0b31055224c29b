package dev.faqindex.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void spacesAreCollapsedAndCaseIsFolded() {
        assertEquals("lower back pain", QueryText.normalize("  Lower \t BACK\n\npain "));
        assertEquals("", QueryText.normalize(" \u200B\t "));
    }

    @Test
    void personalDataIsReplaced() {
        assertEquals("refund for <email>", QueryText.normalize("refund for Jane.Doe+shop@example.co.uk"));
        assertEquals("call me on <number> please", QueryText.normalize("call me on +44 20 7946 0958 please"));
        assertEquals("card <number>", QueryText.normalize("card 4111-1111-1111-1111"));
        assertEquals("order 12345 missing", QueryText.normalize("order 12345 missing"), "short numbers stay");
    }

    @Test
    void longQueriesAreCutWithoutSplittingACharacter() {
        String typed = "a".repeat(QueryText.MAX_LENGTH - 1) + "\uD83D\uDE00tail";
        String kept = QueryText.normalize(typed);
        assertTrue(kept.length() <= QueryText.MAX_LENGTH);
        assertTrue(!Character.isHighSurrogate(kept.charAt(kept.length() - 1)), "no lone surrogate at the end");
    }
}
