package dev.faqindex.content.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cut points of a chunk's text: whole sentences and whole blocks, never inside code, a path or a URL. */
class SentenceEndsTest {

    private static List<String> prefixes(List<Block> blocks) {
        String text = PlainText.of(blocks);
        return SentenceEnds.of(blocks).stream().map(end -> text.substring(0, end)).toList();
    }

    @Test
    void aDotInsideAPathOrUrlOrAfterAnAbbreviationEndsNoSentence() {
        List<Block> blocks = List.of(Block.paragraph("Run RAILS_ENV=production ./bin/setup once, e.g. After an "
                + "upgrade. See https://example.com/a.b. Done!"));
        assertEquals(List.of(
                "Run RAILS_ENV=production ./bin/setup once, e.g. After an upgrade.",
                "Run RAILS_ENV=production ./bin/setup once, e.g. After an upgrade. See https://example.com/a.b.",
                "Run RAILS_ENV=production ./bin/setup once, e.g. After an upgrade. See https://example.com/a.b. Done!"),
                prefixes(blocks));
    }

    @Test
    void codeIsNeverCut() {
        List<Block> blocks = List.of(
                new Block.Paragraph(List.of(new Inline.Text("Type "), new Inline.Code("make. Then wait"),
                        new Inline.Text(" and wait. It ends."))),
                new Block.CodeBlock("sh", "cd src. Then\nmake install. Again"),
                new Block.ListItem(0, 1, Inline.text("First step. Second step")),
                new Block.ListItem(0, 2, Inline.text("Last step.")));
        String text = PlainText.of(blocks);
        assertEquals(List.of(
                "Type make. Then wait and wait.",
                "Type make. Then wait and wait. It ends.",
                "Type make. Then wait and wait. It ends.\n\ncd src. Then\nmake install. Again",
                text.substring(0, text.indexOf("First step.") + "First step.".length()),
                text.substring(0, text.indexOf("Second step") + "Second step".length()),
                text), prefixes(blocks));
    }

    @Test
    void calloutsAndQuotesAreCutAtTheirSentencesAndTitles() {
        List<Block> blocks = List.of(
                new Block.Callout("warning", "Back up first", List.of(Block.paragraph("Copy the data. Then go on."))),
                new Block.Quote(List.of(Block.paragraph("Quoted one. Quoted two."))));
        assertEquals(List.of(
                "Back up first",
                "Back up first\n\nCopy the data.",
                "Back up first\n\nCopy the data. Then go on.",
                "Back up first\n\nCopy the data. Then go on.\n\nQuoted one.",
                "Back up first\n\nCopy the data. Then go on.\n\nQuoted one. Quoted two."), prefixes(blocks));
    }

    @Test
    void theLongestWholePrefixThatFits() {
        List<Block> blocks = List.of(Block.paragraph("One two. Three four five. Six."));
        assertEquals("One two.".length(), SentenceEnds.lastAtMost(blocks, 20));
        assertEquals(0, SentenceEnds.lastAtMost(blocks, 5), "not even one sentence fits");
        assertEquals(PlainText.of(blocks).length(), SentenceEnds.lastAtMost(blocks, 500));
    }
}
