package dev.faqindex.content.markdown;

import dev.faqindex.content.block.Block;
import dev.faqindex.content.block.Inline;
import dev.faqindex.content.block.PlainText;
import dev.faqindex.content.block.SafeHtml;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Converts CommonMark block nodes into {@link Block}s: paragraphs, list items (nested lists as items one level
 * deeper, ordered ones numbered), quotes, GitHub alerts ({@code > [!NOTE]}) as callouts, code verbatim with its
 * language, tables, images standing alone as figures (their title is the caption), definition lists
 * ({@code term} then {@code : definition} lines) and raw HTML through the sanitiser. Blocks without text are left
 * out.
 */
final class MarkdownBlocks {

    private static final Pattern ALERT = Pattern.compile("^\\[!([A-Za-z][\\w-]*)\\]\\s*(.*)$");

    private final MarkdownInlines inlines;
    private final DefinitionLists definitions;

    MarkdownBlocks(MarkdownInlines inlines) {
        this.inlines = inlines;
        this.definitions = new DefinitionLists(inlines);
    }

    /** Appends the blocks of {@code node}, a child of the document or of a container. */
    void add(Node node, int depth, List<Block> blocks) {
        switch (node) {
            case Paragraph paragraph -> paragraph(paragraph, blocks);
            case ListBlock list -> {
                int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                        ? ordered.getMarkerStartNumber() : 1;
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    addListItem((ListItem) item, depth, list instanceof OrderedList ? number++ : 0, blocks);
                }
            }
            case BlockQuote quote -> addIfText(quote(quote, depth), blocks);
            case FencedCodeBlock code -> addIfText(new Block.CodeBlock(language(code.getInfo()),
                    verbatim(code.getLiteral())), blocks);
            case IndentedCodeBlock code -> addIfText(new Block.CodeBlock("", verbatim(code.getLiteral())), blocks);
            case Heading heading -> addIfText(heading(heading), blocks);
            case TableBlock table -> addIfText(MarkdownTables.table(table, inlines), blocks);
            case HtmlBlock html -> addIfText(rawHtml(html.getLiteral()), blocks);
            default -> { }
        }
    }

    /** A heading as a block of a body, its attribute list removed. */
    Block heading(Heading heading) {
        HeadingAttributes.strip(heading);
        return new Block.Heading(heading.getLevel(), inlines.of(heading));
    }

    /** The plain text of a heading or other inline container. */
    String text(Node node) {
        return inlines.text(node);
    }

    private void paragraph(Paragraph paragraph, List<Block> blocks) {
        Block figure = figure(paragraph);
        if (figure != null) {
            blocks.add(figure);
        } else if (!definitions.add(paragraph, blocks)) {
            addIfText(new Block.Paragraph(inlines.of(paragraph)), blocks);
        }
    }

    /** A paragraph holding nothing but an image (possibly linked) is a figure; null otherwise. */
    private Block figure(Paragraph paragraph) {
        Node only = onlyChild(paragraph);
        String link = "";
        if (only instanceof Link wrapper && onlyChild(wrapper) instanceof Image) {
            link = inlines.href(wrapper.getDestination());
            only = onlyChild(wrapper);
        }
        if (!(only instanceof Image image)) {
            return null;
        }
        String title = image.getTitle() == null ? "" : image.getTitle().strip();
        return new Block.Figure(inlines.src(image.getDestination()), inlines.text(image), title, link);
    }

    private static Node onlyChild(Node parent) {
        Node only = null;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text && text.getLiteral().isBlank()) {
                continue;
            }
            if (only != null) {
                return null;
            }
            only = child;
        }
        return only;
    }

    /** A quote, or a callout when its first line is a GitHub alert marker such as {@code [!NOTE]}. */
    private Block quote(BlockQuote quote, int depth) {
        if (quote.getFirstChild() instanceof Paragraph first && first.getFirstChild() instanceof Text marker) {
            Matcher alert = ALERT.matcher(marker.getLiteral());
            if (alert.matches()) {
                String kind = alert.group(1).toLowerCase(Locale.ROOT);
                StringBuilder title = new StringBuilder(alert.group(2));
                Node next = marker.getNext();
                marker.unlink();
                while (next != null && !(next instanceof SoftLineBreak) && !(next instanceof HardLineBreak)) {
                    Node following = next.getNext();
                    title.append(next instanceof Text text ? text.getLiteral() : inlines.text(wrap(next)));
                    next.unlink();
                    next = following;
                }
                if (next != null) {
                    next.unlink();
                }
                String shown = title.toString().strip();
                return new Block.Callout(kind, shown.isEmpty() ? defaultTitle(kind) : shown, children(quote, depth));
            }
        }
        return new Block.Quote(children(quote, depth));
    }

    private static Node wrap(Node node) {
        Paragraph holder = new Paragraph();
        holder.appendChild(node);
        return holder;
    }

    private static String defaultTitle(String kind) {
        return kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1).replace('-', ' ');
    }

    private List<Block> children(Node parent, int depth) {
        List<Block> blocks = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            add(child, depth, blocks);
        }
        return blocks;
    }

    /** The item's own paragraphs on one line, then its nested blocks one level deeper. */
    private void addListItem(ListItem item, int depth, int number, List<Block> blocks) {
        List<Inline> own = new ArrayList<>();
        List<Node> nested = new ArrayList<>();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph paragraph && nested.isEmpty()) {
                if (!own.isEmpty()) {
                    own.add(new Inline.Text(" "));
                }
                own.addAll(inlines.of(paragraph));
            } else {
                nested.add(child);
            }
        }
        addIfText(new Block.ListItem(depth, number, own), blocks);
        for (Node child : nested) {
            add(child, depth + 1, blocks);
        }
    }

    private static Block rawHtml(String html) {
        String cleaned = SafeHtml.clean(html).strip();
        return new Block.RawHtml(cleaned, SafeHtml.text(cleaned));
    }

    private static String language(String info) {
        if (info == null || info.isBlank()) {
            return "";
        }
        String language = info.strip().replaceFirst("^\\{\\s*\\.?", "").split("[\\s{},]", 2)[0];
        return language.replaceAll("[^A-Za-z0-9_+#.-]", "");
    }

    /** Code as written: line breaks and indentation kept, trailing blank lines dropped. */
    private static String verbatim(String literal) {
        return literal.replaceAll("\\s+$", "").replaceFirst("^(\\s*\\n)+", "");
    }

    private static void addIfText(Block block, List<Block> blocks) {
        if (!PlainText.text(block).isBlank()) {
            blocks.add(block);
        }
    }
}
