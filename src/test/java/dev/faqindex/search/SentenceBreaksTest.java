package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

    @Test
    void answersEveryCallAsTheJdkSentenceIteratorDoes() {
        for (String text : SnippetBodies.texts(new Random(7), 300)) {
            BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
            BreakIterator cached = new SentenceBreaks(SentenceBreaks::of);
            jdk.setText(text);
            cached.setText(text);
            assertEquals(walk(jdk), walk(cached), text);
            for (int offset = 0; offset <= text.length(); offset++) {
                assertEquals(jdk.following(offset), cached.following(offset), "following " + offset + " of " + text);
                assertEquals(jdk.current(), cached.current(), "after following " + offset + " of " + text);
                assertEquals(jdk.next(), cached.next(), "next after following " + offset + " of " + text);
                assertEquals(jdk.preceding(offset), cached.preceding(offset), "preceding " + offset + " of " + text);
                assertEquals(jdk.current(), cached.current(), "after preceding " + offset + " of " + text);
                assertEquals(jdk.previous(), cached.previous(), "previous after preceding " + offset + " of " + text);
                assertEquals(jdk.current(), cached.current(), "after previous " + offset + " of " + text);
            }
            assertEquals(jdk.last(), cached.last());
            assertEquals(jdk.next(), cached.next());
            assertEquals(jdk.first(), cached.first());
            assertEquals(jdk.previous(), cached.previous());
        }
    }

    private static List<Integer> walk(BreakIterator iterator) {
        List<Integer> boundaries = new ArrayList<>();
        boundaries.add(iterator.current());
        for (int at = iterator.first(); at != BreakIterator.DONE; at = iterator.next()) {
            boundaries.add(at);
        }
        boundaries.add(iterator.current());
        return boundaries;
    }
}
