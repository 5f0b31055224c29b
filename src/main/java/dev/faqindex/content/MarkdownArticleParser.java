package dev.faqindex.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads a CommonMark article with optional front matter ({@code title}, {@code slug}, {@code tags} as a list or a
 * comma-separated string).
 *
 * <p>The title comes from the front matter, else the first {@code #} heading, else the file name; the slug from the
 * front matter, else the file name. {@code ##} headings are sections, {@code ###} their subsections, and so on
 * deeper; text before the first section is the introduction (anchor {@code introduction}). Under a heading that
 * mentions "FAQ" or "frequently asked", each child heading is a question whose answer runs to the next heading of
 * the same or a higher level. Bodies are plain text: inline code, emphasis and links become their text, list items
 * become {@code - } lines indented two spaces per level, code blocks become paragraphs, HTML is dropped.
 */
final class MarkdownArticleParser implements ArticleParser {

    private final Parser parser = Parser.builder().build();

    /** A heading on the current path from the article title down. */
    private record OpenHeading(int level, String text) {}

    /** A section or FAQ entry being filled. */
    private record Draft(ChunkType type, int level, List<String> headings, List<Block> blocks) {}

    @Override
    public Optional<ArticleOutline> parse(SourceText source, List<ContentProblem> problems)
            throws ContentFormatException {
        List<String> lines = source.lines();
        FrontMatter frontMatter = FrontMatter.read(lines);
        Node document = parser.parse(String.join("\n", lines.subList(frontMatter.bodyStart(), lines.size())));

        Heading titleHeading = firstTitleHeading(document);
        String title = frontMatter.first("title")
                .filter(t -> !t.isBlank())
                .orElse(titleHeading != null ? inlineText(titleHeading) : Slugs.titleFromFileName(source.fileName()));
        String slug = frontMatter.first("slug").map(Slugs::slugify).filter(s -> !s.isEmpty())
                .orElse(Slugs.fromFileName(source.fileName()));

        List<Draft> drafts = new ArrayList<>();
        Draft intro = new Draft(ChunkType.SECTION, 1, List.of(), new ArrayList<>());
        drafts.add(intro);
        Draft current = intro;
        Deque<OpenHeading> path = new ArrayDeque<>();
        Integer faqLevel = null;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node == titleHeading) {
                continue;
            }
            if (!(node instanceof Heading heading)) {
                addBlocks(node, 0, current.blocks());
                continue;
            }
            int level = Math.max(2, heading.getLevel());
            String text = inlineText(heading);
            if (current.type() == ChunkType.FAQ && level > current.level()) {
                current.blocks().add(Block.paragraph(text));
                continue;
            }
            while (!path.isEmpty() && path.peekLast().level() >= level) {
                path.removeLast();
            }
            if (faqLevel != null && level <= faqLevel) {
                faqLevel = null;
            }
            List<String> headings = new ArrayList<>(path.stream().map(OpenHeading::text).toList());
            headings.add(text);
            if (faqLevel != null) {
                current = new Draft(ChunkType.FAQ, level, headings, new ArrayList<>());
            } else {
                current = new Draft(ChunkType.SECTION, level, headings, new ArrayList<>());
                path.addLast(new OpenHeading(level, text));
                if (FaqHeadings.isFaqHeading(text)) {
                    faqLevel = level;
                }
            }
            drafts.add(current);
        }

        List<OutlineSection> sections = new ArrayList<>();
        sections.add(OutlineSection.namedSection(title, List.of(), intro.blocks(), "introduction"));
        for (Draft draft : drafts.subList(1, drafts.size())) {
            sections.add(draft.type() == ChunkType.FAQ
                    ? OutlineSection.faq(draft.headings(), draft.blocks())
                    : OutlineSection.section(draft.headings(), draft.blocks()));
        }
        return Optional.of(new ArticleOutline(slug, title, frontMatter.list("tags"), source.file(), sections));
    }

    /** The first level-1 heading, when it comes before any other heading. */
    private static Heading firstTitleHeading(Node document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                return heading.getLevel() == 1 ? heading : null;
            }
        }
        return null;
    }

    private static void addBlocks(Node node, int depth, List<Block> blocks) {
        switch (node) {
            case Paragraph paragraph -> addIfText(Block.paragraph(inlineText(paragraph)), blocks);
            case ListBlock list -> {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    addListItem((ListItem) item, depth, blocks);
                }
            }
            case BlockQuote quote -> {
                for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                    addBlocks(child, depth, blocks);
                }
            }
            case FencedCodeBlock code -> addIfText(Block.paragraph(code.getLiteral().strip()), blocks);
            case IndentedCodeBlock code -> addIfText(Block.paragraph(code.getLiteral().strip()), blocks);
            case Heading heading -> addIfText(Block.paragraph(inlineText(heading)), blocks);
            case HtmlBlock ignored -> { }
            default -> { }
        }
    }

    /** The item's own text on one line, then its nested lists one level deeper. */
    private static void addListItem(ListItem item, int depth, List<Block> blocks) {
        List<String> ownText = new ArrayList<>();
        List<Node> nested = new ArrayList<>();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph paragraph) {
                ownText.add(inlineText(paragraph));
            } else {
                nested.add(child);
            }
        }
        addIfText(Block.listItem(String.join(" ", ownText).strip(), depth), blocks);
        for (Node child : nested) {
            addBlocks(child, depth + 1, blocks);
        }
    }

    private static void addIfText(Block block, List<Block> blocks) {
        if (!block.text().isBlank()) {
            blocks.add(block);
        }
    }

    /** The plain text of inline content: literals kept, markup dropped, line breaks as spaces. */
    static String inlineText(Node node) {
        StringBuilder text = new StringBuilder();
        appendInline(node, text);
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static void appendInline(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            switch (child) {
                case Text literal -> text.append(literal.getLiteral());
                case Code code -> text.append(code.getLiteral());
                case SoftLineBreak ignored -> text.append(' ');
                case HardLineBreak ignored -> text.append(' ');
                case HtmlInline ignored -> { }
                default -> appendInline(child, text);
            }
        }
    }
}
