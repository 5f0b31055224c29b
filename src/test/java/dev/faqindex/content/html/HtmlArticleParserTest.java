package dev.faqindex.content.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.content.Article;
import dev.faqindex.content.Chunk;
import dev.faqindex.content.ChunkType;
import dev.faqindex.content.ContentLoader;
import dev.faqindex.content.ContentProblem;
import dev.faqindex.content.Fixtures;
import dev.faqindex.content.LoadedContent;
import dev.faqindex.content.block.Block;
import dev.faqindex.content.block.Inline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML pages of our own (a help-center export, a generator's manual page) read into articles, chunks and blocks. */
class HtmlArticleParserTest {

    @TempDir
    Path dir;

    private static LoadedContent helpCenter() throws IOException {
        return new ContentLoader(1200).load(Fixtures.folder("markup/html/help"));
    }

    private static Article article(LoadedContent content, String slug) {
        return content.articles().stream().filter(a -> a.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static List<Block> blocks(Article article) {
        return article.chunks().stream().flatMap(c -> c.blocks().stream()).toList();
    }

    private static <T extends Block> T first(List<Block> blocks, Class<T> kind) {
        return blocks.stream().filter(kind::isInstance).map(kind::cast).findFirst().orElseThrow();
    }

    private static String allText(Article article) {
        return String.join("\n", article.chunks().stream()
                .map(c -> c.title() + "\n" + String.join(" > ", c.breadcrumb()) + "\n" + c.body()).toList());
    }

    private LoadedContent load(String fileName, String html) throws IOException {
        Files.writeString(dir.resolve(fileName), html);
        return new ContentLoader(1200).load(dir);
    }

    @Test
    void helpCenterArticleKeepsItsContentAndDropsThePageChrome() throws IOException {
        Article article = article(helpCenter(), "account/reset-password");
        assertEquals("Resetting your workshop password", article.title(), "the h1, without the site name");
        assertEquals(List.of("account", "password", "sign in"), article.tags(), "keywords are tags");
        Chunk first = article.chunks().getFirst();
        assertEquals("account/reset-password.html", first.path());
        assertEquals("https://help.spokes.example/account/reset-password", first.canonicalUrl());
        assertEquals(List.of("introduction", "request-link", "new-password", "command-line"),
                article.chunks().stream().map(Chunk::anchor).toList(), "ids of headings and of their sections");
        assertEquals(List.of("Resetting your workshop password", "Choose a new password", "From the command line"),
                article.chunks().get(3).breadcrumb());

        String text = allText(article);
        for (String chrome : List.of("Skip to content", "Search the help center", "In this category", "Shop",
                "Was this article helpful", "community workshop", "dataLayer", "font-family", "\u00b6", "Account")) {
            assertFalse(text.contains(chrome), "left out: " + chrome);
        }
        assertTrue(text.contains("no need to call the workshop"), "entities decoded, text kept");
    }

    @Test
    void helpCenterArticleBlocksKeepListsCalloutsFiguresTablesCodeAndLinks() throws IOException {
        List<Block> blocks = blocks(article(helpCenter(), "account/reset-password"));
        List<Block.ListItem> steps = blocks.stream().filter(b -> b instanceof Block.ListItem)
                .map(b -> (Block.ListItem) b).toList();
        assertEquals(List.of(1, 2, 3), steps.stream().map(Block.ListItem::number).toList(), "an ordered list");

        Block.Callout callout = first(blocks, Block.Callout.class);
        assertEquals("warning", callout.kind());
        assertEquals("Check your spam folder", callout.title());
        assertTrue(((Block.Paragraph) callout.content().getFirst()).content()
                .contains(new Inline.Code("noreply@spokes.example")), "inline code kept");

        Block.Figure figure = first(blocks, Block.Figure.class);
        assertEquals("/content/images/strength-meter.png", figure.src(), "served from the content folder");
        assertEquals("Three green bars mean the password is strong enough.", figure.caption());

        Block.Table table = first(blocks, Block.Table.class);
        assertEquals(List.of("", "right", ""), table.alignments());
        assertEquals(1, table.head().size());
        assertEquals(3, table.body().size());

        Block.CodeBlock code = first(blocks, Block.CodeBlock.class);
        assertEquals("sh", code.language());
        assertEquals("spokes-admin reset-password \\\n    --member 4711 --notify\n# prints the one-time link",
                code.code(), "line breaks and indentation kept; a # line in code is no heading");

        Inline.Link link = blocks.stream().filter(b -> b instanceof Block.Paragraph)
                .flatMap(b -> ((Block.Paragraph) b).content().stream())
                .filter(i -> i instanceof Inline.Link).map(i -> (Inline.Link) i).findFirst().orElseThrow();
        assertEquals("/articles/faq#opening-hours", link.href(), "a link to another page lands on its article");
    }

    @Test
    void faqPageReadsDetailsDefinitionListsAndStructuredDataOnceEach() throws IOException {
        Article faq = article(helpCenter(), "faq");
        assertEquals("Workshop FAQ", faq.title(), "the Open Graph title");
        assertEquals(List.of(
                "section #introduction Workshop FAQ",
                "faq #opening-hours Workshop FAQ > When is the workshop open?",
                "faq #can-i-bring-my-own-tools Workshop FAQ > Can I bring my own tools?",
                "faq #membership-cost Workshop FAQ > Membership > How much does membership cost?",
                "faq #can-i-pause-my-membership Workshop FAQ > Membership > Can I pause my membership?",
                "faq #e-bikes Workshop FAQ > Do you fix electric bikes?"),
                faq.chunks().stream().map(c -> c.type().label() + " #" + c.anchor() + " "
                        + String.join(" > ", c.breadcrumb())).toList(),
                "visible questions once, the structured-data-only question after them");
        Chunk pause = faq.chunks().get(4);
        assertEquals("Yes, for up to six months.\n\nWrite to the front desk before your renewal date.", pause.body());
        Chunk bikes = faq.chunks().getLast();
        assertEquals(ChunkType.FAQ, bikes.type());
        Inline.Link partnerLink = ((Block.Paragraph) bikes.blocks().getFirst()).content().stream()
                .filter(i -> i instanceof Inline.Link).map(i -> (Inline.Link) i).findFirst().orElseThrow();
        assertEquals("/articles/account/reset-password", partnerLink.href(), "links in structured data resolve too");
    }

    @Test
    void redirectAndNoindexPagesAreLeftOutAndSaySo() throws IOException {
        LoadedContent content = helpCenter();
        assertEquals(List.of("account/reset-password", "faq"), content.articles().stream().map(Article::slug).toList());
        assertEquals(2, content.problems().size(), content.problems().toString());
        assertTrue(content.problems().stream().allMatch(ContentProblem::leftOut));
        assertTrue(content.problems().stream().anyMatch(p -> p.message().contains("redirects to faq.html")));
        assertTrue(content.problems().stream().anyMatch(p -> p.message().contains("noindex")));
    }

    @Test
    void generatorMarkupBecomesSectionsAdmonitionsAndDefinitionListFaqs() throws IOException {
        LoadedContent content = load("kettlefaq.html", """
                <!DOCTYPE html><html><head><title>kettlefaq(7)</title><style>h1{}</style></head><body>
                <div id="header"><h1>kettlefaq(7) Manual Page</h1>
                <h2 id="_name">NAME</h2><div class="sectionbody">
                <p>kettlefaq - Frequently asked questions about kettles</p></div></div>
                <div id="content">
                <div class="sect1"><h2 id="_descaling">Descaling</h2><div class="sectionbody">
                <div id="how-often" class="dlist"><dl><dt class="hdlist1">How often should I descale?</dt><dd>
                <p>Every month in hard-water areas.</p>
                <div class="admonitionblock warning"><table><tr><td class="icon"><div class="title">Warning</div></td>
                <td class="content">Unplug the kettle first.</td></tr></table></div>
                <div class="listingblock"><div class="content"><pre>kettle --descale
                  --citric</pre></div></div>
                </dd></dl></div>
                <div id="white-flakes" class="dlist"><dl><dt class="hdlist1">I see white flakes in my tea</dt>
                <dd><p>That is limescale; it is harmless.</p></dd></dl></div>
                </div></div>
                <div class="sect1"><h2 id="_options">OPTIONS</h2><div class="sectionbody">
                <div class="sect2"><h3 id="_power">Power</h3><div class="paragraph"><p>Text written <em>straight</em>
                into a section.</p></div></div></div></div>
                </div><div id="footer"><div id="footer-text">Last updated today</div></div></body></html>
                """);
        Article page = content.articles().getFirst();
        assertEquals("kettlefaq(7)", page.title(), "the <title>, which does not hold the h1");
        List<String> outline = page.chunks().stream()
                .map(c -> c.type().label() + " #" + c.anchor() + " " + String.join(" > ", c.breadcrumb())).toList();
        assertEquals(List.of(
                "section #_name kettlefaq(7) > NAME",
                "faq #how-often kettlefaq(7) > Descaling > How often should I descale?",
                "faq #white-flakes kettlefaq(7) > Descaling > I see white flakes in my tea",
                "section #_power kettlefaq(7) > OPTIONS > Power"), outline,
                "an FAQ page by its first line; each term a question, anchored by its wrapper's id");
        List<Block> answer = page.chunks().get(1).blocks();
        Block.Callout warning = first(answer, Block.Callout.class);
        assertEquals("warning", warning.kind());
        assertEquals("Warning", warning.title());
        assertEquals(List.of(Block.paragraph("Unplug the kettle first.")), warning.content(),
                "the admonition's layout table is unwrapped");
        assertEquals("kettle --descale\n  --citric", first(answer, Block.CodeBlock.class).code());
        assertFalse(allText(page).contains("Last updated"), "the generator's footer is left out");
    }

    @Test
    void configuredSelectorsChooseTheMainContentAndLeaveOutParts() throws IOException {
        Files.writeString(dir.resolve("page.html"), """
                <html><head><title>Chain care</title></head><body>
                <div class="promo">Spring sale on chains</div>
                <div class="doc-body"><h1>Chain care</h1><p>Wipe the chain after wet rides.</p>
                <div class="rating">Rate this page</div></div></body></html>
                """);
        LoadedContent selected = new ContentLoader(1200, new HtmlSelectors(".doc-body", ".rating")).load(dir);
        String text = allText(selected.articles().getFirst());
        assertTrue(text.contains("Wipe the chain"));
        assertFalse(text.contains("Spring sale"), "outside the configured main content");
        assertFalse(text.contains("Rate this page"), "left out by the ignore selector");
        assertEquals(List.of(), selected.problems());

        LoadedContent unmatched = new ContentLoader(1200, new HtmlSelectors("#no-such-part", "")).load(dir);
        assertTrue(allText(unmatched.articles().getFirst()).contains("Wipe the chain"), "falls back to the page");
        assertTrue(unmatched.problems().getFirst().message().contains("'#no-such-part' matches nothing"));

        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> new HtmlSelectors("div[", ""));
        assertTrue(bad.getMessage().contains("'div['"), bad.getMessage());
        assertTrue(!new ContentLoader(1200).fingerprint(dir)
                .equals(new ContentLoader(1200, new HtmlSelectors(".doc-body", "")).fingerprint(dir)),
                "changing a selector makes the index stale");
    }

    @Test
    void brokenStructuredDataIsReportedWithItsLineAndThePageStillIndexed() throws IOException {
        LoadedContent content = load("broken.html", """
                <html><head><title>Pumps</title>
                <script type="application/ld+json">
                {"@type": "FAQPage", "mainEntity": [
                </script></head>
                <body><main><p>Presta and Schrader valves need different pump heads.</p></main></body></html>
                """);
        assertEquals(1, content.articles().size());
        ContentProblem problem = content.problems().getFirst();
        assertFalse(problem.leftOut());
        assertTrue(problem.line() >= 3 && problem.line() <= 4, "line " + problem.line());
        assertTrue(problem.message().contains("not valid JSON"), problem.message());
    }

    @Test
    void pageWithoutHeadingsOrTitleIsStillOneArticleNamedByItsFile() throws IOException {
        LoadedContent content = load("spoke-tension.htm", "<p>Pluck each spoke &amp; listen.</p>");
        Article page = content.articles().getFirst();
        assertEquals("Spoke Tension", page.title());
        assertEquals("spoke-tension", page.slug());
        assertEquals("Pluck each spoke & listen.", page.chunks().getFirst().body());
        assertTrue(Stream.of(page.chunks().getFirst().canonicalUrl()).allMatch(String::isEmpty));
    }

    @Test
    void sphinxStyleSectionsPermalinksAndCodeLanguage() throws IOException {
        LoadedContent content = load("boiling.html", """
                <html><head><title>Boiling &#8212; Kettle 2.1 documentation</title></head><body>
                <div class="related" role="navigation"><a href="index.html">Kettle</a></div>
                <div class="body" role="main"><section id="boiling">
                <h1>Boiling<a class="headerlink" href="#boiling">\u00b6</a></h1>
                <section id="power"><h2>Power<a class="headerlink" href="#power">\u00b6</a></h2>
                <div class="highlight-console notranslate"><div class="highlight"><pre><span></span>$ kettle --boil
                </pre></div></div></section></section></div></body></html>
                """);
        Article page = content.articles().getFirst();
        assertEquals("Boiling", page.title());
        Chunk power = page.chunks().getLast();
        assertEquals(List.of("Boiling", "Power"), power.breadcrumb(), "no pilcrow");
        assertEquals("power", power.anchor());
        Block.CodeBlock code = first(power.blocks(), Block.CodeBlock.class);
        assertEquals("console", code.language());
        assertEquals("$ kettle --boil", code.code());
    }
}
