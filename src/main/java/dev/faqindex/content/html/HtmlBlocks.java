package dev.faqindex.content.html;

import dev.faqindex.content.block.Block;
import dev.faqindex.content.block.Inline;
import dev.faqindex.content.block.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Converts the block markup of a page into {@link Block}s: paragraphs (text written straight into a container too),
 * lists (nested ones a level deeper, ordered ones numbered from their {@code start}), {@code <pre>} as code with its
 * line breaks and language, tables, quotes, callouts, figures with captions, definition lists, headings within a
 * body and {@code <details>}; wrappers such as {@code <div>} and {@code <section>} give the blocks inside them. Blocks
 * without text are left out.
 */
final class HtmlBlocks {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
            "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre", "section", "summary", "table", "tbody",
            "td", "tfoot", "th", "thead", "tr", "ul", "xmp");

    private final HtmlInlines inlines;

    HtmlBlocks(HtmlInlines inlines) {
        this.inlines = inlines;
    }

    /** Whether the element lays out as a block (a known block tag, or an unknown tag holding blocks). */
    static boolean isBlock(Element element) {
        String tag = element.normalName();
        if (BLOCKS.contains(tag)) {
            return true;
        }
        return !element.tag().isKnownTag() && element.children().stream().anyMatch(HtmlBlocks::isBlock);
    }

    /** Whether a node takes part in a run of inline content. */
    static boolean isInline(Node node) {
        return node instanceof TextNode || node instanceof Element element && !isBlock(element);
    }

    HtmlInlines inlines() {
        return inlines;
    }

    /** The blocks of an element's children. */
    List<Block> of(Element container) {
        List<Block> blocks = new ArrayList<>();
        addChildren(container, 0, blocks);
        return blocks;
    }

    /** Appends the blocks of an element's children. */
    void addChildren(Element container, int depth, List<Block> out) {
        addNodes(container.childNodes(), depth, out);
    }

    /** Appends the blocks of a run of sibling nodes: consecutive inline nodes make one paragraph. */
    void addNodes(List<Node> nodes, int depth, List<Block> out) {
        List<Node> run = new ArrayList<>();
        for (Node node : nodes) {
            if (isInline(node)) {
                run.add(node);
            } else if (node instanceof Element element) {
                addRun(run, out);
                add(element, depth, out);
            }
        }
        addRun(run, out);
    }

    /** Appends a paragraph of the inline nodes gathered (a figure, if they are just an image), and clears them. */
    void addRun(List<Node> run, List<Block> out) {
        if (run.isEmpty()) {
            return;
        }
        List<Inline> content = inlines.of(run);
        run.clear();
        Block figure = figure(content);
        if (figure != null) {
            out.add(figure);
        } else {
            addIfText(new Block.Paragraph(content), out);
        }
    }

    /** Appends the blocks of one block element. */
    void add(Element element, int depth, List<Block> out) {
        Optional<String> callout = Callouts.kind(element);
        if (callout.isPresent()) {
            addIfText(callout(element, callout.get()), out);
            return;
        }
        switch (element.normalName()) {
            case "p" -> addRun(new ArrayList<>(element.childNodes()), out);
            case "h1", "h2", "h3", "h4", "h5", "h6" ->
                    addIfText(new Block.Heading(element.normalName().charAt(1) - '0', inlines.of(element)), out);
            case "ul", "ol", "menu", "dir" -> list(element, depth, out);
            case "li" -> listItem(element, depth, 0, out);
            case "pre", "listing", "xmp", "plaintext" -> addIfText(HtmlCode.of(element), out);
            case "table" -> table(element, depth, out);
            case "blockquote" -> addIfText(new Block.Quote(of(element)), out);
            case "dl" -> definitions(element, depth, out);
            case "figure" -> figure(element, depth, out);
            case "details" -> details(element, depth, out);
            case "hr" -> { }
            case "img" -> addRun(new ArrayList<>(List.of(element)), out);
            default -> addChildren(element, depth, out);
        }
    }

    /** A callout of the given kind: its title taken out, its body read as blocks. */
    Block.Callout callout(Element element, String kind) {
        String title = Callouts.takeTitle(element).orElse(Callouts.defaultTitle(kind));
        List<Block> content = new ArrayList<>();
        List<Element> children = element.children();
        if (children.size() == 1 && children.getFirst().normalName().equals("table")
                && element.textNodes().stream().allMatch(TextNode::isBlank)) {
            for (Element cell : HtmlTables.contentCells(children.getFirst())) {
                addChildren(cell, 0, content);
            }
        } else {
            addChildren(element, 0, content);
        }
        return new Block.Callout(kind, title, content);
    }

    /** The answer of a {@code <details>} entry: its content without the summary. */
    List<Block> detailsBody(Element details) {
        List<Node> body = details.childNodes().stream()
                .filter(node -> !(node instanceof Element e && e.normalName().equals("summary"))).toList();
        List<Block> blocks = new ArrayList<>();
        addNodes(body, 0, blocks);
        return blocks;
    }

    private void details(Element details, int depth, List<Block> out) {
        Element summary = details.selectFirst("> summary");
        if (summary != null) {
            addIfText(new Block.Paragraph(List.of(new Inline.Strong(inlines.of(summary)))), out);
        }
        out.addAll(detailsBody(details));
    }

    private void list(Element list, int depth, List<Block> out) {
        boolean ordered = list.normalName().equals("ol");
        int number = ordered ? number(list.attr("start"), 1) : 0;
        for (Element child : list.children()) {
            if (child.normalName().equals("li")) {
                int own = ordered ? number(child.attr("value"), number) : 0;
                listItem(child, depth, own, out);
                number = own + 1;
            } else {
                add(child, depth, out);
            }
        }
    }

    /** The item's leading text and paragraphs on one line, then its other blocks one level deeper. */
    private void listItem(Element item, int depth, int number, List<Block> out) {
        ItemLead lead = ItemLead.of(item, true, inlines);
        addIfText(new Block.ListItem(depth, number, lead.content()), out);
        addNodes(lead.rest(), depth + 1, out);
    }

    private void definitions(Element list, int depth, List<Block> out) {
        for (Element child : list.children()) {
            switch (child.normalName()) {
                case "dt" -> addIfText(new Block.Term(inlines.of(child)), out);
                case "dd" -> {
                    ItemLead lead = ItemLead.of(child, false, inlines);
                    addIfText(new Block.Definition(lead.content()), out);
                    addNodes(lead.rest(), depth, out);
                }
                case "div" -> definitions(child, depth, out);
                default -> add(child, depth, out);
            }
        }
    }

    private void table(Element table, int depth, List<Block> out) {
        if (HtmlTables.isLayout(table)) {
            for (Element cell : HtmlTables.contentCells(table)) {
                addChildren(cell, depth, out);
            }
        } else {
            addIfText(HtmlTables.table(table, inlines), out);
        }
    }

    private void figure(Element figure, int depth, List<Block> out) {
        Element image = figure.selectFirst("img");
        if (image == null || figure.selectFirst("pre, table") != null) {
            addChildren(figure, depth, out);
            return;
        }
        String src = inlines.src(image);
        Element caption = figure.selectFirst("figcaption");
        Element link = image.closest("a[href]");
        String href = link != null && figure.closest("a[href]") != link ? inlines.href(link.attr("href")) : "";
        if (!src.isBlank()) {
            out.add(new Block.Figure(src, Text.clean(image.attr("alt")),
                    caption == null ? "" : inlines.text(caption), href));
        } else if (caption != null) {
            addIfText(new Block.Paragraph(inlines.of(caption)), out);
        }
    }

    /** A run that is nothing but an image (possibly linked) is a figure; null otherwise. */
    private static Block figure(List<Inline> content) {
        if (content.size() != 1) {
            return null;
        }
        Inline only = content.getFirst();
        String link = "";
        if (only instanceof Inline.Link wrapper && wrapper.content().size() == 1
                && wrapper.content().getFirst() instanceof Inline.Image) {
            link = wrapper.href();
            only = wrapper.content().getFirst();
        }
        return only instanceof Inline.Image image ? new Block.Figure(image.src(), image.alt(), image.title(), link)
                : null;
    }

    private static int number(String value, int fallback) {
        try {
            return value.isBlank() ? fallback : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static void addIfText(Block block, List<Block> out) {
        if (!PlainText.text(block).isBlank()) {
            out.add(block);
        }
    }
}
