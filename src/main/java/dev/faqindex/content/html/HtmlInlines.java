package dev.faqindex.content.html;

import dev.faqindex.content.block.Inline;
import dev.faqindex.content.block.InlineRun;
import dev.faqindex.content.block.PlainText;
import dev.faqindex.content.parse.LinkTargets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Converts the inline markup of a page into {@link Inline}s: text (entities decoded, invisible characters dropped,
 * whitespace collapsed as a browser does), {@code <code>}, {@code <kbd>} and {@code <samp>} as code, emphasis,
 * strong and struck-out text, links (to their {@link LinkTargets targets}), images and line breaks; other inline
 * elements give their text. A block element met inside a run (a paragraph in a table cell) starts a new line.
 */
final class HtmlInlines {

    private static final Set<String> CODE = Set.of("code", "kbd", "samp", "tt");
    private static final Set<String> EMPHASIS = Set.of("em", "i", "cite", "var", "dfn");
    private static final Set<String> STRONG = Set.of("strong", "b");
    private static final Set<String> DELETED = Set.of("del", "s", "strike");

    private final LinkTargets links;

    HtmlInlines(LinkTargets links) {
        this.links = links;
    }

    /** The inlines of an element's children. */
    List<Inline> of(Element element) {
        return of(element.childNodes());
    }

    /** The inlines of a run of sibling nodes. */
    List<Inline> of(List<Node> nodes) {
        InlineRun run = new InlineRun();
        List<Inline> out = new ArrayList<>();
        for (Node node : nodes) {
            convert(node, run, out);
        }
        return run.trimEnd(out);
    }

    /** The plain text of an element's inline content, as a title or question shows it. */
    String text(Element element) {
        return PlainText.inline(of(element)).strip();
    }

    /** The source of an image in this page. */
    String src(Element image) {
        String src = image.hasAttr("src") && !image.attr("src").isBlank() ? image.attr("src") : image.attr("data-src");
        return links.src(src);
    }

    /** The target of a link in this page. */
    String href(String destination) {
        return links.href(destination);
    }

    private void convert(Node node, InlineRun run, List<Inline> out) {
        if (node instanceof TextNode text) {
            run.text(Text.visible(text.getWholeText()), out);
            return;
        }
        if (!(node instanceof Element element)) {
            return; // comments, data
        }
        String tag = element.normalName();
        if (CODE.contains(tag)) {
            String code = Text.clean(element.wholeText());
            if (!code.isEmpty()) {
                run.token(new Inline.Code(code), out);
            }
        } else if (EMPHASIS.contains(tag)) {
            wrap(element, run, out, Inline.Emphasis::new);
        } else if (STRONG.contains(tag)) {
            wrap(element, run, out, Inline.Strong::new);
        } else if (DELETED.contains(tag)) {
            wrap(element, run, out, Inline.Deleted::new);
        } else if (tag.equals("a") && !element.attr("href").isBlank()) {
            wrap(element, run, out, content -> new Inline.Link(links.href(element.attr("href")),
                    Text.clean(element.attr("title")), content));
        } else if (tag.equals("img")) {
            String src = src(element);
            if (!src.isBlank()) {
                run.token(new Inline.Image(src, Text.clean(element.attr("alt")), Text.clean(element.attr("title"))),
                        out);
            }
        } else if (tag.equals("br")) {
            run.lineBreak(out);
        } else if (HtmlBlocks.isBlock(element)) {
            run.lineBreak(out);
            children(element, run, out);
            run.lineBreak(out);
        } else {
            children(element, run, out);
        }
    }

    private void children(Element element, InlineRun run, List<Inline> out) {
        for (Node child : element.childNodes()) {
            convert(child, run, out);
        }
    }

    private void wrap(Element element, InlineRun run, List<Inline> out, Function<List<Inline>, Inline> kind) {
        run.flushSpace(out); // a space before a link or emphasis belongs outside it
        List<Inline> content = new ArrayList<>();
        children(element, run, content);
        if (!content.isEmpty()) {
            out.add(kind.apply(content));
        }
    }
}
