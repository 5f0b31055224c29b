package dev.faqindex.content.markdown;

import dev.faqindex.content.block.Inline;
import dev.faqindex.content.block.PlainText;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Converts CommonMark inline nodes into {@link Inline}s: text, code spans, emphasis, links, images and hard breaks
 * kept; soft line breaks become spaces; runs of whitespace collapse to one space and the run is trimmed, so that its
 * plain text reads as one line.
 */
final class MarkdownInlines {

    /** The inline children of {@code parent}, normalised. */
    List<Inline> of(Node parent) {
        Whitespace state = new Whitespace();
        List<Inline> out = convert(parent, state);
        return state.trimEnd(out);
    }

    /** The plain text of the inline children of {@code parent}. */
    String text(Node parent) {
        return PlainText.inline(of(parent));
    }

    private List<Inline> convert(Node parent, Whitespace state) {
        List<Inline> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            switch (child) {
                case Text text -> state.text(text.getLiteral(), out);
                case SoftLineBreak ignored -> state.text(" ", out);
                case HardLineBreak ignored -> state.lineBreak(out);
                case Code code -> state.token(new Inline.Code(code.getLiteral()), out);
                case Emphasis emphasis -> wrap(emphasis, state, out, Inline.Emphasis::new);
                case StrongEmphasis strong -> wrap(strong, state, out, Inline.Strong::new);
                case Link link -> wrap(link, state, out,
                        content -> new Inline.Link(link.getDestination(), nonNull(link.getTitle()), content));
                case Image image -> {
                    String alt = text(image);
                    Inline.Image inline = new Inline.Image(image.getDestination(), alt,
                            nonNull(image.getTitle()));
                    if (alt.isEmpty()) {
                        out.add(inline);
                    } else {
                        state.token(inline, out);
                    }
                }
                case HtmlInline ignored -> { }
                default -> out.addAll(convert(child, state));
            }
        }
        return out;
    }

    private void wrap(Node node, Whitespace state, List<Inline> out,
            java.util.function.Function<List<Inline>, Inline> kind) {
        List<Inline> content = convert(node, state);
        if (!content.isEmpty()) {
            out.add(kind.apply(content));
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** Collapses whitespace across the whole run, nested inlines included. */
    private static final class Whitespace {
        private boolean atLineStart = true;
        private boolean pendingSpace;

        void text(String literal, List<Inline> out) {
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

        void token(Inline inline, List<Inline> out) {
            if (pendingSpace) {
                out.add(new Inline.Text(" "));
                pendingSpace = false;
            }
            atLineStart = false;
            out.add(inline);
        }

        void lineBreak(List<Inline> out) {
            if (!atLineStart) {
                out.add(new Inline.LineBreak());
            }
            pendingSpace = false;
            atLineStart = true;
        }

        /** Drops hard breaks at the very end (the pending space is already dropped). */
        List<Inline> trimEnd(List<Inline> out) {
            while (!out.isEmpty() && out.getLast() instanceof Inline.LineBreak) {
                out.removeLast();
            }
            return out;
        }
    }
}
