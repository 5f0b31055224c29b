package dev.faqindex.content.html;

import dev.faqindex.content.block.Inline;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The opening of a list item or definition: its leading inline content (and paragraphs), joined on one line as a
 * list item shows it, and the nodes after them, which are read as blocks of their own.
 *
 * @param content the leading content
 * @param rest the nodes from the first other block on
 */
record ItemLead(List<Inline> content, List<Node> rest) {

    /**
     * Splits an item or definition into its lead and the rest.
     *
     * @param paragraphs whether all leading paragraphs join the lead (a list item's), or only the first (a
     *     definition's, whose further paragraphs stay paragraphs)
     */
    static ItemLead of(Element item, boolean paragraphs, HtmlInlines inlines) {
        List<Inline> content = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        List<Node> nodes = item.childNodes();
        int i = 0;
        for (; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            boolean more = paragraphs || content.isEmpty() && run.stream().allMatch(ItemLead::isBlank);
            if (HtmlBlocks.isInline(node)) {
                run.add(node);
            } else if (!more) {
                break;
            } else if (node instanceof Element p && p.normalName().equals("p")) {
                join(content, inlines.of(run));
                run.clear();
                join(content, inlines.of(p));
            } else if (node instanceof Element element && isWrapperOfParagraph(element)) {
                join(content, inlines.of(run));
                run.clear();
                join(content, inlines.of(element.child(0)));
            } else {
                break;
            }
        }
        join(content, inlines.of(run));
        return new ItemLead(content, List.copyOf(nodes.subList(i, nodes.size())));
    }

    private static boolean isBlank(Node node) {
        return node instanceof TextNode text && text.isBlank();
    }

    /** A {@code <div>} holding nothing but one paragraph (as Asciidoctor wraps them). */
    private static boolean isWrapperOfParagraph(Element element) {
        return element.normalName().equals("div") && element.childrenSize() == 1
                && element.child(0).normalName().equals("p") && element.textNodes().stream().allMatch(TextNode::isBlank)
                && Callouts.kind(element).isEmpty();
    }

    private static void join(List<Inline> content, List<Inline> more) {
        if (more.isEmpty()) {
            return;
        }
        if (!content.isEmpty()) {
            content.add(new Inline.Text(" "));
        }
        content.addAll(more);
    }
}
