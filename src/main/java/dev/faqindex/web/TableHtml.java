package dev.faqindex.web;

import dev.faqindex.content.block.Block;
import java.util.List;

/** Writes a table block: header and body rows, column alignment as classes (inline styles are not allowed here). */
final class TableHtml {

    private TableHtml() {
    }

    static void write(Block.Table table, HtmlWriter html) {
        html.open("div", "class", "table-wrap").open("table");
        if (!table.head().isEmpty()) {
            html.open("thead");
            table.head().forEach(row -> row(row, "th", table.alignments(), html));
            html.close("thead");
        }
        html.open("tbody");
        table.body().forEach(row -> row(row, "td", table.alignments(), html));
        html.close("tbody").close("table").close("div");
    }

    private static void row(Block.Row row, String cellTag, List<String> alignments, HtmlWriter html) {
        html.open("tr");
        for (int i = 0; i < row.cells().size(); i++) {
            String align = i < alignments.size() && !alignments.get(i).isEmpty() ? "align-" + alignments.get(i) : null;
            html.open(cellTag, "class", align);
            InlineHtml.write(row.cells().get(i), html);
            html.close(cellTag);
        }
        html.close("tr");
    }
}
