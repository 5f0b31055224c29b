package dev.faqindex.content.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.content.Article;
import dev.faqindex.content.Chunk;
import dev.faqindex.content.ContentLoader;
import dev.faqindex.content.Fixtures;
import dev.faqindex.content.LoadedContent;
import dev.faqindex.content.block.Block;
import dev.faqindex.content.block.Inline;
import dev.faqindex.content.block.PlainText;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Our own pages written in each site generator's syntax read into the block model, nothing shown raw. */
class MarkupFixturesTest {

    private static LoadedContent load(String site) throws IOException {
        return new ContentLoader(1200).load(Fixtures.folder("markup/" + site));
    }

    private static Article article(LoadedContent content, String slug) {
        return content.articles().stream().filter(a -> a.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static List<Block> blocks(Article article) {
        return article.chunks().stream().flatMap(c -> c.blocks().stream()).toList();
    }

    private static <T extends Block> List<T> all(List<Block> blocks, Class<T> kind) {
        return blocks.stream().flatMap(MarkupFixturesTest::flatten).filter(kind::isInstance).map(kind::cast).toList();
    }

    private static Stream<Block> flatten(Block block) {
        return switch (block) {
            case Block.Quote quote -> Stream.concat(Stream.of(block), quote.content().stream().flatMap(MarkupFixturesTest::flatten));
            case Block.Callout callout -> Stream.concat(Stream.of(block),
                    callout.content().stream().flatMap(MarkupFixturesTest::flatten));
            default -> Stream.of(block);
        };
    }

    private static List<Inline> inlines(List<Block> blocks) {
        return all(blocks, Block.Paragraph.class).stream().flatMap(p -> p.content().stream()).toList();
    }

    private static String text(Article article) {
        return String.join("\n\n", article.chunks().stream().map(Chunk::body).toList());
    }

    @Test
    void hugoShortcodesFrontMatterAndHeadingAttributes() throws IOException {
        LoadedContent content = load("hugo");
        assertEquals(List.of(), content.problems());
        assertEquals(List.of("_common/safety", "index", "guides/brewing"),
                content.articles().stream().map(Article::slug).toList(), "slugs from paths; _index.md is its folder");
        Article section = article(content, "index");
        assertEquals("Tea Guides", section.title(), "nested maps, folded text and multi-line lists all parse");
        assertEquals(List.of("/tea/", "/old/tea-guides/"), section.chunks().getFirst().aliases());

        Article brewing = article(content, "guides/brewing");
        assertEquals("Brewing Green Tea", brewing.title());
        assertEquals(List.of("green tea", "steeping"), brewing.tags());
        assertEquals("guides/brewing.md", brewing.chunks().getFirst().path());
        Chunk temperature = brewing.chunks().stream().filter(c -> c.anchor().equals("water-temp")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Brewing Green Tea", "Water temperature"), temperature.breadcrumb());

        List<Block> blocks = blocks(brewing);
        List<String> links = inlines(blocks).stream().filter(i -> i instanceof Inline.Link)
                .map(i -> ((Inline.Link) i).href()).toList();
        assertEquals(List.of("/articles/guides/steeping-chart", "/articles/index"), links);
        Block.Figure figure = all(blocks, Block.Figure.class).getFirst();
        assertEquals("/content/guides/leaves.png", figure.src());
        assertEquals("Leaves before the first infusion", figure.caption());
        assertEquals("note", all(blocks, Block.Callout.class).getFirst().kind());
        assertTrue(text(brewing).contains("Keep the kettle handle turned away"), "the include is inlined");
        Block.Table table = all(blocks, Block.Table.class).getFirst();
        assertEquals(List.of("left", "center", "right"), table.alignments());
        assertEquals(2, table.body().size());
        assertEquals(List.of(1, 2, 3), all(blocks, Block.ListItem.class).stream().map(Block.ListItem::number).toList());

        List<Block.CodeBlock> code = all(blocks, Block.CodeBlock.class);
        assertEquals("go", code.get(0).language());
        assertEquals("{{ .Title }} takes {{ .Params.minutes }} minutes", code.get(0).code());
        assertEquals("go-html-template", code.get(1).language());
        assertEquals("{{< figure src=\"cup.png\" >}}\n{{ partial \"card.html\" . }}\n# Not a heading", code.get(1).code());
        assertTrue(inlines(blocks).contains(new Inline.Code("{{< figure src=\"cup.png\" >}}")),
                "an escaped shortcode is shown as the shortcode, as code");
        assertTrue(text(brewing).contains("Pot\n\nWarm the pot") && text(brewing).contains("Cup\n\nCover the cup"),
                "tabs become their panes in order");
        assertEquals(List.of("Steep", "Rinse"), all(blocks, Block.Term.class).stream().map(PlainText::text).toList());
        assertFalse(text(brewing).contains("new-in") || text(brewing).contains("{#"), text(brewing));
        assertTrue(brewing.chunks().stream().noneMatch(c -> c.title().contains("# Not a heading")));
    }

    @Test
    void jekyllLiquidAndKramdown() throws IOException {
        LoadedContent content = load("jekyll");
        assertEquals(List.of(), content.problems());
        Article kettle = article(content, "kettle-guide");
        assertEquals("Looking After a Kettle", kettle.title());
        assertEquals(List.of("/kettle", "/guides/kettle"), kettle.chunks().getFirst().aliases());
        String text = text(kettle);
        assertFalse(text.contains("Table of Contents") || text.contains("{:") || text.contains("{%")
                || text.contains("site.region") || text.contains("editors only"), text);
        assertTrue(text.contains("Descale the kettle once a month"), "the include is inlined");
        assertTrue(text.contains("Templates print {{ page.title }} literally."), "raw text stays as written");
        List<Block> blocks = blocks(kettle);
        assertEquals(new Block.CodeBlock("shell", "kettle --descale --minutes 15"),
                all(blocks, Block.CodeBlock.class).getFirst());
        assertTrue(kettle.chunks().stream().anyMatch(c -> c.anchor().equals("descale")));
        assertTrue(inlines(blocks).stream().anyMatch(i -> i instanceof Inline.Link link
                && link.href().equals("/articles/guides")));
    }

    @Test
    void mkdocsAdmonitionsAndTabs() throws IOException {
        Article teapot = load("mkdocs").articles().getFirst();
        List<Block.Callout> callouts = all(blocks(teapot), Block.Callout.class);
        assertEquals(List.of("warning", "tip"), callouts.stream().map(Block.Callout::kind).toList());
        assertEquals("Never use soap", callouts.get(0).title());
        assertEquals(2, callouts.get(0).content().size());
        String text = text(teapot);
        assertTrue(text.contains("Daily\n\nRinse after each session.\n\nMonthly\n\nSoak"), text);
        assertFalse(text.contains("{#") || text.contains("!!!") || text.contains("==="), text);
        assertTrue(text.endsWith("After the tabs, the page goes on."), text);
    }

    @Test
    void docusaurusAdmonitions() throws IOException {
        Article steeping = load("docusaurus").articles().getFirst();
        List<Block.Callout> callouts = all(blocks(steeping), Block.Callout.class);
        assertEquals(List.of("tip", "danger"), callouts.stream().map(Block.Callout::kind).toList());
        assertEquals("Start short", callouts.get(0).title());
        assertEquals(new Block.CodeBlock("sh", "thermometer --target 80"), callouts.get(1).content().get(1));
        assertFalse(text(steeping).contains(":::"));
    }

    @Test
    void githubAlertsQuotesInlineMarkupImagesAndSanitisedHtml() throws IOException {
        Article storing = load("github").articles().getFirst();
        List<Block> blocks = blocks(storing);
        assertEquals(List.of("note", "warning"), all(blocks, Block.Callout.class).stream()
                .map(Block.Callout::kind).toList());
        assertEquals(1, all(blocks, Block.Quote.class).size());
        List<Inline> inline = inlines(blocks);
        assertTrue(inline.contains(new Inline.Strong(List.of(new Inline.Text("away from spices")))));
        assertTrue(inline.contains(new Inline.Emphasis(List.of(new Inline.Text("cool")))));
        assertTrue(inline.contains(new Inline.Deleted(List.of(new Inline.Text("never")))));
        assertTrue(inline.contains(new Inline.Code("date opened")));
        assertEquals(new Block.Figure("https://images.example/tins.jpg", "A row of tea tins", "Tins on a shelf", ""),
                all(blocks, Block.Figure.class).getFirst());
        List<Block.RawHtml> html = all(blocks, Block.RawHtml.class);
        assertTrue(html.stream().anyMatch(h -> h.html().contains("<details>") && h.text().contains("glass jars")));
        assertTrue(html.stream().noneMatch(h -> h.html().contains("script") || h.html().contains("onclick")), html.toString());
        assertEquals(List.of(4, 5), all(blocks, Block.ListItem.class).stream().map(Block.ListItem::number).toList());
    }

    @Test
    void tomlFrontMatter() throws IOException {
        LoadedContent content = load("toml");
        assertEquals(List.of(), content.problems());
        Article oolong = content.articles().getFirst();
        assertEquals("Oolong at Home", oolong.title());
        assertEquals("oolong", oolong.slug(), "front matter slug replaces the file name");
        assertEquals(List.of("oolong", "gongfu"), oolong.tags());
        assertEquals(List.of("/tea/oolong-basics/"), oolong.chunks().getFirst().aliases());
        assertTrue(oolong.chunks().getFirst().body().startsWith("Oolong sits between"));
    }

    @Test
    void jsonFrontMatter() throws IOException {
        LoadedContent content = load("json");
        assertEquals(List.of(), content.problems());
        Article matcha = content.articles().getFirst();
        assertEquals("Whisking Matcha", matcha.title());
        assertEquals("drinks/matcha", matcha.slug(), "front matter url wins");
        assertEquals(List.of("matcha"), matcha.tags());
        assertEquals("/articles/drinks/matcha#whisking", matcha.chunks().get(1).url());
        assertTrue(Objects.requireNonNull(matcha.chunks().getFirst().body()).startsWith("Sift the powder"));
    }
}
