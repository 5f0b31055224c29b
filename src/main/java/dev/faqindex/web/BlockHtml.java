package dev.faqindex.web;

import dev.faqindex.content.block.Block;
import dev.faqindex.content.block.Inline;
import dev.faqindex.content.block.SafeHtml;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Writes a chunk's blocks as HTML: paragraphs, nested bulleted and numbered lists, code in
 * {@code <pre><code class="language-x">}, tables, quotes, callouts, figures with captions, definition lists and
 * sanitised HTML. Text is escaped and URLs checked by {@link SafeUrls}; only HTML cleaned again by {@link SafeHtml}
 * is written as markup.
 */
final class BlockHtml {

    private final HtmlWriter html;
    /** The lists open around the current item, outermost first. */
    private final Deque<OpenList> lists = new ArrayDeque<>();
    private boolean definitionListOpen;

    private static final class OpenList {
        final String tag;
        boolean itemOpen;

        OpenList(String tag) {
            this.tag = tag;
        }
    }

    private BlockHtml(HtmlWriter html) {
        this.html = html;
    }

    static void write(List<Block> blocks, HtmlWriter html) {
        BlockHtml writer = new BlockHtml(html);
        blocks.forEach(writer::block);
        writer.closeGroups();
    }

    private void block(Block block) {
        if (!(block instanceof Block.ListItem)) {
            closeLists(0);
        }
        if (!(block instanceof Block.Term || block instanceof Block.Definition)) {
            closeDefinitions();
        }
        switch (block) {
            case Block.Paragraph paragraph -> inline("p", paragraph.content());
            case Block.ListItem item -> listItem(item);
            case Block.Heading heading -> inline("h" + Math.min(6, Math.max(3, heading.level())), heading.content());
            case Block.CodeBlock code -> code(code);
            case Block.Table table -> TableHtml.write(table, html);
            case Block.Quote quote -> container("blockquote", null, quote.content());
            case Block.Callout callout -> callout(callout);
            case Block.Figure figure -> figure(figure);
            case Block.Term term -> definition("dt", term.content());
            case Block.Definition definition -> definition("dd", definition.content());
            case Block.RawHtml raw -> html.cleanMarkup(SafeHtml.clean(raw.html()));
        }
        html.newline();
    }

    private void inline(String tag, List<Inline> content) {
        html.open(tag);
        InlineHtml.write(content, html);
        html.close(tag);
    }

    private void code(Block.CodeBlock code) {
        html.open("pre").open("code", "class", code.language().isEmpty() ? null : "language-" + code.language())
                .text(code.code()).close("code").close("pre");
    }

    private void container(String tag, String cssClass, List<Block> content) {
        html.open(tag, "class", cssClass).newline();
        write(content, html);
        html.close(tag);
    }

    private void callout(Block.Callout callout) {
        html.open("aside", "class", "callout callout-" + callout.kind(), "role", "note").newline();
        if (!callout.title().isBlank()) {
            html.element("p", callout.title(), "class", "callout-title").newline();
        }
        write(callout.content(), html);
        html.close("aside");
    }

    private void figure(Block.Figure figure) {
        html.open("figure");
        boolean linked = !figure.link().isEmpty() && SafeUrls.link(figure.link()).isPresent();
        if (linked) {
            html.open("a", "href", SafeUrls.link(figure.link()).orElseThrow());
        }
        InlineHtml.image(figure.src(), figure.alt(), "", html);
        if (linked) {
            html.close("a");
        }
        if (!figure.caption().isBlank()) {
            html.element("figcaption", figure.caption());
        }
        html.close("figure");
    }

    private void definition(String tag, List<Inline> content) {
        if (!definitionListOpen) {
            html.open("dl");
            definitionListOpen = true;
        }
        inline(tag, content);
    }

    private void listItem(Block.ListItem item) {
        String tag = item.ordered() ? "ol" : "ul";
        closeLists(item.depth() + 1);
        if (lists.size() == item.depth() + 1 && !lists.peekLast().tag.equals(tag)) {
            closeLists(item.depth());
        }
        while (lists.size() < item.depth() + 1) {
            OpenList parent = lists.peekLast();
            if (parent != null && !parent.itemOpen) {
                html.open("li");
                parent.itemOpen = true;
            }
            boolean opensHere = lists.size() == item.depth();
            String start = opensHere && item.ordered() && item.number() != 1 ? Integer.toString(item.number()) : null;
            String openTag = opensHere ? tag : "ul";
            html.open(openTag, "start", start);
            lists.addLast(new OpenList(openTag));
        }
        OpenList list = lists.peekLast();
        if (list.itemOpen) {
            html.close("li");
        }
        html.open("li");
        InlineHtml.write(item.content(), html);
        list.itemOpen = true;
    }

    /** Closes open lists until {@code depth} remain. */
    private void closeLists(int depth) {
        while (lists.size() > depth) {
            OpenList list = lists.removeLast();
            if (list.itemOpen) {
                html.close("li");
            }
            html.close(list.tag);
        }
    }

    private void closeDefinitions() {
        if (definitionListOpen) {
            html.close("dl");
            definitionListOpen = false;
        }
    }

    private void closeGroups() {
        closeLists(0);
        closeDefinitions();
    }
}
