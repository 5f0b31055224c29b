package dev.faqindex.content.markdown;

import dev.faqindex.content.block.Inline;
import dev.faqindex.content.block.InlineRun;
import dev.faqindex.content.block.PlainText;
import dev.faqindex.content.parse.LinkTargets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Converts CommonMark inline nodes into {@link Inline}s: text, code spans, emphasis, strikethrough, links (to their
 * {@link LinkTargets targets}), images and hard breaks kept; soft line breaks become spaces; runs of whitespace
 * collapse to one space and the run is trimmed, so that its plain text reads as one line. Inline HTML tags are left
 * out (the text between them stays), except {@code <br>} (a line break) and {@code <img>} (an image).
 */
final class MarkdownInlines {

    private static final Pattern BREAK = Pattern.compile("(?i)^<br\\s*/?>$");

    private final LinkTargets links;

    MarkdownInlines(LinkTargets links) {
        this.links = links;
    }

    /** The inline children of {@code parent}, normalised. */
    List<Inline> of(Node parent) {
        InlineRun state = new InlineRun();
        List<Inline> out = convert(parent, state);
        return state.trimEnd(out);
    }

    /** The target of a link in this file. */
    String href(String destination) {
        return links.href(destination);
    }

    /** The source of an image in this file. */
    String src(String destination) {
        return links.src(destination);
    }

    /** The plain text of the inline children of {@code parent}. */
    String text(Node parent) {
        return PlainText.inline(of(parent));
    }

    private List<Inline> convert(Node parent, InlineRun state) {
        List<Inline> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            switch (child) {
                case Text text -> state.text(text.getLiteral(), out);
                case SoftLineBreak ignored -> state.text(" ", out);
                case HardLineBreak ignored -> state.lineBreak(out);
                case Code code -> state.token(new Inline.Code(code.getLiteral()), out);
                case Emphasis emphasis -> wrap(emphasis, state, out, Inline.Emphasis::new);
                case Strikethrough deleted -> wrap(deleted, state, out, Inline.Deleted::new);
                case StrongEmphasis strong -> wrap(strong, state, out, Inline.Strong::new);
                case Link link -> wrap(link, state, out,
                        content -> new Inline.Link(links.href(link.getDestination()), nonNull(link.getTitle()),
                                content));
                case Image image -> {
                    String alt = text(image);
                    Inline.Image inline = new Inline.Image(links.src(image.getDestination()), alt,
                            nonNull(image.getTitle()));
                    if (alt.isEmpty()) {
                        out.add(inline);
                    } else {
                        state.token(inline, out);
                    }
                }
                case HtmlInline html -> html(html.getLiteral(), state, out);
                default -> out.addAll(convert(child, state));
            }
        }
        return out;
    }

    private void html(String tag, InlineRun state, List<Inline> out) {
        if (BREAK.matcher(tag.strip()).matches()) {
            state.lineBreak(out);
        } else if (tag.regionMatches(true, 0, "<img", 0, 4)) {
            Element image = Jsoup.parseBodyFragment(tag).selectFirst("img");
            if (image != null && !image.attr("src").isBlank()) {
                state.token(new Inline.Image(links.src(image.attr("src")), image.attr("alt"), image.attr("title")),
                        out);
            }
        }
    }

    private void wrap(Node node, InlineRun state, List<Inline> out, Function<List<Inline>, Inline> kind) {
        state.flushSpace(out); // a space before a link or emphasis belongs outside it
        List<Inline> content = convert(node, state);
        if (!content.isEmpty()) {
            out.add(kind.apply(content));
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
