package dev.faqindex.content.block;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where the plain text of a run of blocks ({@link PlainText#of}) may be cut so that what is kept ends with a whole
 * sentence: at the end of each block (a paragraph, a list item, a code block, a table), and inside prose after a
 * full stop, question mark or exclamation mark (and any closing quote or bracket) that is followed by a space and
 * then a capital, a digit or an opening quote or bracket. Never inside code (a code block, an inline code span) or
 * inside a word: {@code ./bin}, {@code example.com/a.b} and {@code v1.2} have no space after their dots, and "e.g."
 * or "i.e." are not sentence ends.
 */
public final class SentenceEnds {

    private static final Set<String> ABBREVIATIONS = Set.of("e.g.", "i.e.", "cf.", "vs.", "etc.", "approx.", "resp.",
            "no.", "fig.", "mr.", "mrs.", "ms.", "dr.");

    private SentenceEnds() {
    }

    /** The offsets in {@code PlainText.of(blocks)} right after each sentence or block end, ascending. */
    public static List<Integer> of(List<Block> blocks) {
        List<Integer> ends = new ArrayList<>();
        int offset = 0;
        Block previous = null;
        for (Block block : blocks) {
            if (previous != null) {
                offset += previous instanceof Block.ListItem && block instanceof Block.ListItem ? 1 : 2;
            }
            String line = PlainText.line(block);
            int start = offset + (line.length() - PlainText.text(block).length());
            addWithin(block, start, ends);
            offset += line.length();
            addEnd(ends, offset);
            previous = block;
        }
        return ends;
    }

    /**
     * The length of the longest prefix of {@code PlainText.of(blocks)}, at most {@code maxChars} long, that ends a
     * sentence or block; 0 when there is none.
     */
    public static int lastAtMost(List<Block> blocks, int maxChars) {
        int best = 0;
        for (int end : of(blocks)) {
            if (end > maxChars) {
                break;
            }
            best = end;
        }
        return best;
    }

    /** Adds the sentence ends inside one block whose own text starts at {@code start}. */
    private static void addWithin(Block block, int start, List<Integer> ends) {
        switch (block) {
            case Block.Paragraph paragraph -> prose(paragraph.content(), start, ends);
            case Block.ListItem item -> prose(item.content(), start, ends);
            case Block.Definition definition -> prose(definition.content(), start, ends);
            case Block.Quote quote -> nested(quote.content(), start, ends);
            case Block.Callout callout -> {
                String text = PlainText.text(block);
                String body = PlainText.of(callout.content());
                int bodyStart = start + text.length() - body.length();
                if (bodyStart > start) {
                    addEnd(ends, start + callout.title().length());
                }
                nested(callout.content(), bodyStart, ends);
            }
            default -> { } // code, tables, headings, terms, figures and HTML are cut only at their end
        }
    }

    private static void nested(List<Block> blocks, int start, List<Integer> ends) {
        for (int end : of(blocks)) {
            addEnd(ends, start + end);
        }
    }

    /** Sentence ends in a run of inlines whose text starts at {@code start}, code spans skipped. */
    private static void prose(List<Inline> content, int start, List<Integer> ends) {
        StringBuilder text = new StringBuilder();
        List<int[]> code = new ArrayList<>();
        flatten(content, text, code);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c != '.' && c != '?' && c != '!' && c != '\u2026') || insideCode(i, code)) {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && "\"'\u201D\u2019)]".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end < text.length() && startsSentence(text, end) && !abbreviation(text, i)) {
                addEnd(ends, start + end);
            }
        }
    }

    /** Whitespace, then a capital, digit, opening quote or bracket. */
    private static boolean startsSentence(CharSequence text, int at) {
        int i = at;
        if (i >= text.length() || !Character.isWhitespace(text.charAt(i))) {
            return false;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char next = text.charAt(i);
        return Character.isUpperCase(next) || Character.isDigit(next) || "\"'\u201C\u2018([".indexOf(next) >= 0;
    }

    private static boolean abbreviation(CharSequence text, int dot) {
        int from = dot;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        String word = text.subSequence(from, dot + 1).toString().toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.matches("(?:\\p{L}\\.){2,}");
    }

    private static boolean insideCode(int index, List<int[]> code) {
        for (int[] range : code) {
            if (index >= range[0] && index < range[1]) {
                return true;
            }
        }
        return false;
    }

    /** The text of inlines as {@link PlainText#inline} writes it, noting where code spans lie. */
    private static void flatten(List<Inline> content, StringBuilder text, List<int[]> code) {
        for (Inline inline : content) {
            switch (inline) {
                case Inline.Text plain -> text.append(plain.text());
                case Inline.Code span -> {
                    code.add(new int[] {text.length(), text.length() + span.code().length()});
                    text.append(span.code());
                }
                case Inline.Emphasis emphasis -> flatten(emphasis.content(), text, code);
                case Inline.Strong strong -> flatten(strong.content(), text, code);
                case Inline.Deleted deleted -> flatten(deleted.content(), text, code);
                case Inline.Link link -> flatten(link.content(), text, code);
                case Inline.Image image -> text.append(image.alt());
                case Inline.LineBreak ignored -> text.append(' ');
            }
        }
    }

    private static void addEnd(List<Integer> ends, int end) {
        if (ends.isEmpty() || ends.getLast() < end) {
            ends.add(end);
        }
    }
}
