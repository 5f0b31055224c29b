package dev.faqindex.content.markdown;

import dev.faqindex.content.block.Block;
import dev.faqindex.content.block.PlainText;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * Converts CommonMark block nodes into {@link Block}s: paragraphs, list items (nested lists as items one level
 * deeper, ordered ones numbered), quotes, code blocks and headings inside a body. Blocks without text are left out.
 */
final class MarkdownBlocks {

    private final MarkdownInlines inlines = new MarkdownInlines();

    /** Appends the blocks of {@code node}, a child of the document or of a container. */
    void add(Node node, int depth, List<Block> blocks) {
        switch (node) {
            case Paragraph paragraph -> addIfText(new Block.Paragraph(inlines.of(paragraph)), blocks);
            case ListBlock list -> {
                int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                        ? ordered.getMarkerStartNumber() : 1;
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    addListItem((ListItem) item, depth, list instanceof OrderedList ? number++ : 0, blocks);
                }
            }
            case BlockQuote quote -> addIfText(new Block.Quote(children(quote, depth)), blocks);
            case FencedCodeBlock code -> addIfText(new Block.CodeBlock(language(code.getInfo()),
                    code.getLiteral().strip()), blocks);
            case IndentedCodeBlock code -> addIfText(new Block.CodeBlock("", code.getLiteral().strip()), blocks);
            case Heading heading -> addIfText(heading(heading), blocks);
            default -> { }
        }
    }

    /** A heading as a block of a body. */
    Block heading(Heading heading) {
        return new Block.Heading(heading.getLevel(), inlines.of(heading));
    }

    /** The plain text of a heading or other inline container. */
    String text(Node node) {
        return inlines.text(node);
    }

    private List<Block> children(Node parent, int depth) {
        List<Block> blocks = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            add(child, depth, blocks);
        }
        return blocks;
    }

    /** The item's own paragraphs on one line, then its nested blocks one level deeper. */
    private void addListItem(ListItem item, int depth, int number, List<Block> blocks) {
        List<dev.faqindex.content.block.Inline> own = new ArrayList<>();
        List<Node> nested = new ArrayList<>();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph paragraph) {
                if (!own.isEmpty()) {
                    own.add(new dev.faqindex.content.block.Inline.Text(" "));
                }
                own.addAll(inlines.of(paragraph));
            } else {
                nested.add(child);
            }
        }
        addIfText(new Block.ListItem(depth, number, own), blocks);
        for (Node child : nested) {
            add(child, depth + 1, blocks);
        }
    }

    private static String language(String info) {
        if (info == null || info.isBlank()) {
            return "";
        }
        return info.strip().split("[\\s{,]", 2)[0];
    }

    private static void addIfText(Block block, List<Block> blocks) {
        if (!PlainText.text(block).isBlank()) {
            blocks.add(block);
        }
    }
}
