package dev.faqindex.content.block;

import java.util.List;

/**
 * Collects one run of inline content (a paragraph, a list item, a table cell) as a browser lays it out: each run of
 * whitespace, across nested inlines, becomes one space, none at the start or after a line break, and
 * {@link #trimEnd} drops what trails at the end. Every format's inline converter feeds its text through one; the
 * caller passes the list each piece goes to, so that nested inlines (a link's text) share the run's spacing.
 */
public final class InlineRun {

    private boolean atLineStart = true;
    private boolean pendingSpace;

    /** Appends text, its whitespace collapsed. */
    public void text(String literal, List<Inline> out) {
        StringBuilder text = new StringBuilder(literal.length());
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = !atLineStart;
            } else {
                if (pendingSpace) {
                    text.append(' ');
                    pendingSpace = false;
                }
                text.append(c);
                atLineStart = false;
            }
        }
        if (!text.isEmpty()) {
            out.add(new Inline.Text(text.toString()));
        }
    }

    /** Writes a pending space now, so that it falls before (outside) a link or emphasis about to open. */
    public void flushSpace(List<Inline> out) {
        if (pendingSpace) {
            out.add(new Inline.Text(" "));
            pendingSpace = false;
        }
    }

    /** Appends an inline that is not text (code, an image), after any pending space. */
    public void token(Inline inline, List<Inline> out) {
        if (pendingSpace) {
            out.add(new Inline.Text(" "));
            pendingSpace = false;
        }
        atLineStart = false;
        out.add(inline);
    }

    /** Appends a hard line break, unless the line is still empty. */
    public void lineBreak(List<Inline> out) {
        if (!atLineStart) {
            out.add(new Inline.LineBreak());
        }
        pendingSpace = false;
        atLineStart = true;
    }

    /** Drops hard breaks and spaces at the very end of {@code out}, and returns it. */
    public List<Inline> trimEnd(List<Inline> out) {
        while (!out.isEmpty() && (out.getLast() instanceof Inline.LineBreak
                || out.getLast() instanceof Inline.Text text && text.text().isBlank())) {
            out.removeLast();
        }
        if (!out.isEmpty() && out.getLast() instanceof Inline.Text text && text.text().endsWith(" ")) {
            out.set(out.size() - 1, new Inline.Text(text.text().stripTrailing()));
        }
        return out;
    }
}
