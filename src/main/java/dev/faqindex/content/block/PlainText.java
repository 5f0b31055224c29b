package dev.faqindex.content.block;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The plain text of blocks, as the index and the chunk text hold it: paragraphs separated by blank lines, list items
 * on lines of their own starting with {@code "- "} (indented two spaces per level), code verbatim, table rows one to
 * a line with their cells separated by {@code " · "}.
 */
public final class PlainText {

    private static final String CELL_SEPARATOR = " \u00b7 ";

    private PlainText() {
    }

    /** The text of a run of blocks, joined as described above. */
    public static String of(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        Block previous = null;
        for (Block block : blocks) {
            if (previous != null) {
                text.append(previous instanceof Block.ListItem && block instanceof Block.ListItem ? "\n" : "\n\n");
            }
            text.append(line(block));
            previous = block;
        }
        return text.toString();
    }

    /** The block as it appears in a chunk's text: a list item with its marker and indentation. */
    public static String line(Block block) {
        return block instanceof Block.ListItem item ? "  ".repeat(item.depth()) + "- " + text(block) : text(block);
    }

    /** The block's own text, without a list marker. */
    public static String text(Block block) {
        return switch (block) {
            case Block.Paragraph paragraph -> inline(paragraph.content());
            case Block.ListItem item -> inline(item.content());
            case Block.Heading heading -> inline(heading.content());
            case Block.CodeBlock code -> code.code();
            case Block.Table table -> table(table);
            case Block.Quote quote -> of(quote.content());
            case Block.Callout callout -> callout.title().equalsIgnoreCase(callout.kind()) || callout.title().isBlank()
                    ? of(callout.content()) : callout.title() + "\n\n" + of(callout.content());
            case Block.Figure figure -> figure.caption().isBlank() ? figure.alt() : figure.caption();
            case Block.Term term -> inline(term.content());
            case Block.Definition definition -> inline(definition.content());
            case Block.RawHtml html -> html.text();
        };
    }

    /** The text of inline content: code and text as written, markup dropped, images as their alt text. */
    public static String inline(List<Inline> content) {
        StringBuilder text = new StringBuilder();
        append(content, text);
        return text.toString();
    }

    private static void append(List<Inline> content, StringBuilder text) {
        for (Inline inline : content) {
            switch (inline) {
                case Inline.Text plain -> text.append(plain.text());
                case Inline.Code code -> text.append(code.code());
                case Inline.Emphasis emphasis -> append(emphasis.content(), text);
                case Inline.Strong strong -> append(strong.content(), text);
                case Inline.Deleted deleted -> append(deleted.content(), text);
                case Inline.Link link -> append(link.content(), text);
                case Inline.Image image -> text.append(image.alt());
                case Inline.LineBreak ignored -> text.append(' ');
            }
        }
    }

    private static String table(Block.Table table) {
        return Stream.concat(table.head().stream(), table.body().stream())
                .map(row -> row.cells().stream().map(cell -> inline(cell))
                        .collect(Collectors.joining(CELL_SEPARATOR)))
                .collect(Collectors.joining("\n"));
    }
}
