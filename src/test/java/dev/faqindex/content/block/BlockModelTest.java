package dev.faqindex.content.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of block survives storage as JSON and has the plain text the index expects. */
class BlockModelTest {

    private static final List<Block> EVERY_KIND = List.of(
            new Block.Paragraph(List.of(new Inline.Text("Brew "), new Inline.Emphasis(Inline.text("slowly")),
                    new Inline.Text(", see "), new Inline.Link("/articles/tea#steep", "", Inline.text("steeping")),
                    new Inline.LineBreak(), new Inline.Code("kettle --on"),
                    new Inline.Image("leaf.png", "a leaf", ""))),
            new Block.ListItem(0, 1, Inline.text("Warm the pot")),
            new Block.ListItem(1, 0, List.of(new Inline.Strong(Inline.text("never")), new Inline.Text(" boil green tea"))),
            new Block.Heading(4, Inline.text("Water")),
            new Block.CodeBlock("sh", "kettle --on\n  --temp 80"),
            new Block.Table(List.of("left", ""), List.of(new Block.Row(List.of(Inline.text("Tea"), Inline.text("Minutes")))),
                    List.of(new Block.Row(List.of(Inline.text("Green"), List.of(new Inline.Code("2")))))),
            new Block.Quote(List.of(Block.paragraph("Patience makes tea."))),
            new Block.Callout("warning", "Warning", List.of(Block.paragraph("Hot water scalds."))),
            new Block.Figure("cups.png", "two cups", "Cups after steeping", ""),
            new Block.Term(Inline.text("Steep")),
            new Block.Definition(Inline.text("Leave the leaves in water.")),
            new Block.RawHtml("<kbd>Ctrl</kbd>", "Ctrl"));

    @Test
    void everyKindRoundTripsThroughJson() {
        String json = BlockJson.write(EVERY_KIND);
        assertEquals(EVERY_KIND, BlockJson.read(json));
        assertThrows(IllegalArgumentException.class, () -> BlockJson.read("{\"t\":\"nope\"}"));
    }

    @Test
    void plainTextKeepsCodeVerbatimAndTableRowsOnLines() {
        assertEquals("""
                Brew slowly, see steeping kettle --ona leaf

                - Warm the pot
                  - never boil green tea

                Water

                kettle --on
                  --temp 80

                Tea \u00b7 Minutes
                Green \u00b7 2

                Patience makes tea.

                Hot water scalds.

                Cups after steeping

                Steep

                Leave the leaves in water.

                Ctrl""", PlainText.of(EVERY_KIND));
    }
}
