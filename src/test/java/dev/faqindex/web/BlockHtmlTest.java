package dev.faqindex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.content.block.Block;
import dev.faqindex.content.block.Inline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocks become the HTML an article page shows: nested lists, code, tables, callouts, figures; nothing unsafe. */
class BlockHtmlTest {

    private static String html(Block... blocks) {
        HtmlWriter html = new HtmlWriter();
        BlockHtml.write(List.of(blocks), html);
        return html.toString().replace("\n", "");
    }

    @Test
    void nestsBulletedAndNumberedListsInsideTheirItems() {
        assertEquals("<ol start=\"3\"><li>three<ul><li>detail</li></ul></li><li>four</li></ol><p>after</p>",
                html(new Block.ListItem(0, 3, Inline.text("three")), new Block.ListItem(1, 0, Inline.text("detail")),
                        new Block.ListItem(0, 4, Inline.text("four")), Block.paragraph("after")));
    }

    @Test
    void writesCodeTablesCalloutsAndFigures() {
        HtmlWriter code = new HtmlWriter();
        BlockHtml.write(List.of(new Block.CodeBlock("sh", "a <b>\n  c")), code);
        assertEquals("<pre><code class=\"language-sh\">a &lt;b&gt;\n  c</code></pre>\n", code.toString());
        String table = html(new Block.Table(List.of("", "right"),
                List.of(new Block.Row(List.of(Inline.text("Name"), Inline.text("Size")))),
                List.of(new Block.Row(List.of(Inline.text("a"), Inline.text("1"))))));
        assertEquals("<div class=\"table-wrap\"><table><thead><tr><th>Name</th><th class=\"align-right\">Size</th>"
                + "</tr></thead><tbody><tr><td>a</td><td class=\"align-right\">1</td></tr></tbody></table></div>", table);
        assertEquals("<aside class=\"callout callout-tip\" role=\"note\"><p class=\"callout-title\">Tip</p>"
                + "<p>Rest.</p></aside>", html(new Block.Callout("tip", "Tip", List.of(Block.paragraph("Rest.")))));
        assertEquals("<figure><img src=\"/content/a.png\" alt=\"A\" loading=\"lazy\"><figcaption>Cap</figcaption>"
                + "</figure>", html(new Block.Figure("/content/a.png", "A", "Cap", "")));
    }

    @Test
    void refusesScriptUrlsAndCleansRawHtml() {
        String link = html(new Block.Paragraph(List.of(
                new Inline.Link("javascript:alert(1)", "", Inline.text("click")),
                new Inline.Link(" JaVaScRiPt:alert(1)", "", Inline.text("again")),
                new Inline.Image("data:text/html,x", "pic", ""))));
        assertEquals("<p>clickagainpic</p>", link);
        String raw = html(new Block.RawHtml("<b onclick=\"x()\">bold</b><script>alert(1)</script>", "bold"));
        assertTrue(raw.contains("<b>bold</b>"), raw);
        assertFalse(raw.contains("script") || raw.contains("onclick"), raw);
    }
}
