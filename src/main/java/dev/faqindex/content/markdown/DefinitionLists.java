package dev.faqindex.content.markdown;

import dev.faqindex.content.block.Block;
import dev.faqindex.content.block.Inline;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Definition lists as PHP Markdown Extra, Kramdown and Goldmark write them, which CommonMark reads as one paragraph:
 * term lines, then lines starting with {@code ": "}, each a definition (lines after it continue it). A paragraph made
 * only of {@code ": "} lines continues the list above it. Such a paragraph becomes {@link Block.Term}s and
 * {@link Block.Definition}s.
 */
final class DefinitionLists {

    private final MarkdownInlines inlines;

    DefinitionLists(MarkdownInlines inlines) {
        this.inlines = inlines;
    }

    /** Adds the paragraph as a definition list and returns true, when it is one; else adds nothing. */
    boolean add(Paragraph paragraph, List<Block> blocks) {
        List<List<Node>> lines = lines(paragraph);
        if (lines.stream().noneMatch(DefinitionLists::startsDefinition)) {
            return false;
        }
        Paragraph current = null;
        boolean inDefinition = false;
        for (List<Node> line : lines) {
            if (startsDefinition(line)) {
                flush(current, inDefinition, blocks);
                Text first = (Text) line.getFirst();
                first.setLiteral(first.getLiteral().substring(1).stripLeading());
                current = new Paragraph();
                inDefinition = true;
            } else if (!inDefinition) {
                flush(current, false, blocks);
                current = new Paragraph();
            } else {
                current.appendChild(new Text(" "));
            }
            for (Node node : line) {
                current.appendChild(node);
            }
        }
        flush(current, inDefinition, blocks);
        return true;
    }

    private void flush(Paragraph lines, boolean definition, List<Block> blocks) {
        if (lines == null) {
            return;
        }
        List<Inline> content = inlines.of(lines);
        if (!content.isEmpty()) {
            blocks.add(definition ? new Block.Definition(content) : new Block.Term(content));
        }
    }

    private static boolean startsDefinition(List<Node> line) {
        return !line.isEmpty() && line.getFirst() instanceof Text text
                && (text.getLiteral().startsWith(": ") || text.getLiteral().startsWith(":\t")
                        || text.getLiteral().equals(":"));
    }

    /** The paragraph's inline nodes cut at its line breaks (the breaks themselves dropped). */
    private static List<List<Node>> lines(Paragraph paragraph) {
        List<List<Node>> lines = new ArrayList<>();
        List<Node> line = new ArrayList<>();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                lines.add(line);
                line = new ArrayList<>();
            } else {
                line.add(child);
            }
        }
        lines.add(line);
        return lines;
    }
}
