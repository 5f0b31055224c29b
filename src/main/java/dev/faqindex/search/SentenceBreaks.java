package dev.faqindex.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.function.Function;

/**
 * A sentence {@link BreakIterator} that answers from boundaries worked out once per text ({@link BodyLayout}), not
 * by running the JDK's rules again on every highlight: the text set looks its boundaries up in {@code layouts}. It
 * answers every call as the JDK's sentence instance does for the same text (tested boundary by boundary in
 * SentenceBreaksTest), so passages built on it are the same. Not thread-safe, as no break iterator is.
 */
final class SentenceBreaks extends BreakIterator {

    private final Function<String, int[]> layouts;
    private String text = "";
    private CharacterIterator characters = new StringCharacterIterator("");
    private int[] boundaries = {0};
    private int index;

    /** @param layouts the boundaries of a text, from 0 to its length, as the JDK's sentence instance gives them */
    SentenceBreaks(Function<String, int[]> layouts) {
        this.layouts = layouts;
    }

    /** The boundaries the JDK's root-locale sentence instance finds in {@code text}, first to last. */
    static int[] of(String text) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(java.util.Locale.ROOT);
        sentences.setText(text);
        int[] found = new int[8];
        int count = 0;
        for (int at = sentences.first(); at != DONE; at = sentences.next()) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = at;
        }
        return Arrays.copyOf(found, count);
    }

    @Override
    public int first() {
        index = 0;
        return boundaries[0];
    }

    @Override
    public int last() {
        index = boundaries.length - 1;
        return boundaries[index];
    }

    @Override
    public int next(int n) {
        int result = current();
        while (n > 0) {
            result = next();
            n--;
        }
        while (n < 0) {
            result = previous();
            n++;
        }
        return result;
    }

    @Override
    public int next() {
        if (index == boundaries.length - 1) {
            return DONE;
        }
        return boundaries[++index];
    }

    @Override
    public int previous() {
        if (index == 0) {
            return DONE;
        }
        return boundaries[--index];
    }

    @Override
    public int following(int offset) {
        check(offset);
        int at = Arrays.binarySearch(boundaries, offset);
        int next = at >= 0 ? at + 1 : -at - 1;
        if (next >= boundaries.length) {
            index = boundaries.length - 1;
            return DONE;
        }
        index = next;
        return boundaries[index];
    }

    @Override
    public int preceding(int offset) {
        check(offset);
        int at = Arrays.binarySearch(boundaries, offset);
        int before = (at >= 0 ? at : -at - 1) - 1;
        if (before < 0) {
            index = 0;
            return DONE;
        }
        index = before;
        return boundaries[index];
    }

    @Override
    public boolean isBoundary(int offset) {
        check(offset);
        int at = Arrays.binarySearch(boundaries, offset);
        index = at >= 0 ? at : -at - 1;
        return at >= 0;
    }

    @Override
    public int current() {
        return boundaries[index];
    }

    @Override
    public CharacterIterator getText() {
        return characters;
    }

    @Override
    public void setText(String newText) {
        text = newText;
        characters = new StringCharacterIterator(newText);
        boundaries = layouts.apply(newText);
        index = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        setText(copy.toString());
    }

    private void check(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset out of bounds");
        }
    }
}
