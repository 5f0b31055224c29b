package dev.faqindex.content.markdown;

import dev.faqindex.content.block.Block;
import dev.faqindex.content.block.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/** Converts a GFM pipe table into a {@link Block.Table}: header and body rows, cells as inlines, column alignment. */
final class MarkdownTables {

    private MarkdownTables() {
    }

    static Block.Table table(TableBlock table, MarkdownInlines inlines) {
        List<Block.Row> head = new ArrayList<>();
        List<Block.Row> body = new ArrayList<>();
        List<String> alignments = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            List<Block.Row> rows = section instanceof TableHead ? head : body;
            if (!(section instanceof TableHead) && !(section instanceof TableBody)) {
                continue;
            }
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow tableRow) {
                    rows.add(row(tableRow, inlines, alignments));
                }
            }
        }
        return new Block.Table(alignments, head, body);
    }

    private static Block.Row row(TableRow row, MarkdownInlines inlines, List<String> alignments) {
        List<List<Inline>> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell tableCell) {
                if (alignments.size() == cells.size()) {
                    alignments.add(tableCell.getAlignment() == null ? ""
                            : tableCell.getAlignment().name().toLowerCase(Locale.ROOT));
                }
                cells.add(inlines.of(tableCell));
            }
        }
        return new Block.Row(cells);
    }
}
