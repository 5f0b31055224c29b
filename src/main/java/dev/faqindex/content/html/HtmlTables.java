package dev.faqindex.content.html;

import dev.faqindex.content.block.Block;
import dev.faqindex.content.block.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads a data table into a {@link Block.Table}: header rows ({@code <thead>}, or a first row of {@code <th>} cells),
 * body rows, each cell's inline content, and column alignment ({@code align}, a {@code text-align} style or an
 * {@code halign-*} class). Tables used for layout instead (one cell, {@code role="presentation"}, code with line
 * numbers, the frame of an admonition) are recognised so that their cells' content can be read as blocks.
 */
final class HtmlTables {

    private static final Pattern STYLE_ALIGN = Pattern.compile("(?i)text-align\\s*:\\s*(left|center|right)");
    private static final Pattern CLASS_ALIGN = Pattern.compile("(?i)\\b(?:halign|text|has-text)-(left|center|right)");

    private HtmlTables() {
    }

    /** Whether the table lays out other content rather than holding data. */
    static boolean isLayout(Element table) {
        List<Element> cells = cells(table);
        return table.attr("role").equalsIgnoreCase("presentation")
                || cells.size() == 1
                || !table.select("pre").isEmpty() && rows(table).size() == 1;
    }

    /** The cells of a layout table whose content counts, in reading order (line-number gutters left out). */
    static List<Element> contentCells(Element table) {
        return cells(table).stream().filter(cell -> cell.classNames().stream()
                .noneMatch(c -> c.toLowerCase(Locale.ROOT).matches(".*(lineno|gutter|icon).*"))).toList();
    }

    static Block.Table table(Element table, HtmlInlines inlines) {
        List<Block.Row> head = new ArrayList<>();
        List<Block.Row> body = new ArrayList<>();
        List<String> alignments = new ArrayList<>();
        for (Element row : rows(table)) {
            List<Element> cells = row.children().stream().filter(c -> c.is("td, th")).toList();
            if (cells.isEmpty()) {
                continue;
            }
            boolean header = row.parent() != null && row.parent().normalName().equals("thead")
                    || head.isEmpty() && body.isEmpty() && cells.stream().allMatch(c -> c.normalName().equals("th"));
            List<List<Inline>> values = new ArrayList<>();
            for (Element cell : cells) {
                if (alignments.size() == values.size()) {
                    alignments.add(alignment(cell));
                }
                values.add(inlines.of(cell));
            }
            (header ? head : body).add(new Block.Row(values));
        }
        return new Block.Table(alignments, head, body);
    }

    /** The table's own rows (not those of tables nested in its cells). */
    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.is("thead, tbody, tfoot")) {
                rows.addAll(child.children().stream().filter(r -> r.normalName().equals("tr")).toList());
            } else if (child.normalName().equals("tr")) {
                rows.add(child);
            }
        }
        return rows;
    }

    private static List<Element> cells(Element table) {
        return rows(table).stream().flatMap(row -> row.children().stream()).filter(c -> c.is("td, th")).toList();
    }

    private static String alignment(Element cell) {
        String align = cell.attr("align").toLowerCase(Locale.ROOT);
        if (align.matches("left|center|right")) {
            return align;
        }
        Matcher style = STYLE_ALIGN.matcher(cell.attr("style"));
        if (style.find()) {
            return style.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher css = CLASS_ALIGN.matcher(cell.className());
        return css.find() ? css.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
