package dev.faqindex.content.markdown;

import dev.faqindex.content.ChunkType;
import dev.faqindex.content.ContentProblem;
import dev.faqindex.content.block.Block;
import dev.faqindex.content.frontmatter.FrontMatter;
import dev.faqindex.content.parse.ArticleOutline;
import dev.faqindex.content.parse.ArticleParser;
import dev.faqindex.content.parse.ContentFormatException;
import dev.faqindex.content.parse.FaqHeadings;
import dev.faqindex.content.parse.OutlineSection;
import dev.faqindex.content.parse.Slugs;
import dev.faqindex.content.parse.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
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
 * become {@code - } lines indented two spaces per level, code blocks are kept as code, HTML is dropped. The blocks
 * themselves ({@link MarkdownBlocks}) keep code, quotes, links and emphasis for the article page.
 */
public final class MarkdownArticleParser implements ArticleParser {

    private final Parser parser = Parser.builder().build();
    private final MarkdownBlocks blocks = new MarkdownBlocks();

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
                .orElse(titleHeading != null ? blocks.text(titleHeading) : Slugs.titleFromFileName(source.fileName()));
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
                blocks.add(node, 0, current.blocks());
                continue;
            }
            int level = Math.max(2, heading.getLevel());
            String text = blocks.text(heading);
            if (current.type() == ChunkType.FAQ && level > current.level()) {
                blocks.add(heading, 0, current.blocks());
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
}
