package dev.faqindex.content.markdown;

import dev.faqindex.content.ChunkType;
import dev.faqindex.content.ContentProblem;
import dev.faqindex.content.Visibility;
import dev.faqindex.content.block.Block;
import dev.faqindex.content.frontmatter.FrontMatter;
import dev.faqindex.content.frontmatter.FrontMatterReader;
import dev.faqindex.content.parse.ArticleOutline;
import dev.faqindex.content.parse.ArticleParser;
import dev.faqindex.content.parse.FaqHeadings;
import dev.faqindex.content.parse.Introduction;
import dev.faqindex.content.parse.LinkTargets;
import dev.faqindex.content.parse.OutlineSection;
import dev.faqindex.content.parse.Slugs;
import dev.faqindex.content.parse.SourceText;
import dev.faqindex.content.template.TemplateSyntax;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown article (CommonMark with GFM tables and strikethrough, GitHub alerts, admonitions, definition
 * lists, heading attributes, and the template syntax of Hugo, Jekyll and MkDocs) with optional YAML, TOML or JSON
 * front matter.
 *
 * <p>The title comes from the front matter, else the first {@code #} heading, else the file name (the folder's name
 * for an {@code index} file); the slug from the front matter's {@code url}, else its {@code slug} in place of the
 * file name, else the file's path ({@link Slugs#fromPath}). {@code ##} headings are sections, {@code ###} their
 * subsections, and so on deeper; text before the first section is the introduction, led by the front matter's
 * description ({@link Introduction}). Under a heading that mentions "FAQ" or "frequently
 * asked", or in a page so titled, each child heading, and each definition term ending with {@code ?}, is a question
 * whose answer runs to the next question. A heading's {@code {#id}} is its anchor. A draft is not indexed (and is
 * reported).
 */
public final class MarkdownArticleParser implements ArticleParser {

    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
            .build();
    private final FrontMatterReader frontMatterReader = new FrontMatterReader();

    @Override
    public Optional<ArticleOutline> parse(SourceText source, List<ContentProblem> problems) {
        List<String> lines = source.lines();
        FrontMatter frontMatter = frontMatterReader.read(source.file(), lines, problems);
        if (frontMatter.draft()) {
            problems.add(ContentProblem.leftOut(source.file(),
                    "the page is a draft (draft: true in its front matter) and is not indexed"));
            return Optional.empty();
        }
        String slug = slug(source, frontMatter);
        LinkTargets links = new LinkTargets(source.root(), source.path(), slug);
        String body = String.join("\n", lines.subList(Math.min(frontMatter.bodyStart(), lines.size()), lines.size()));
        String markdown = Admonitions.rewrite(new TemplateSyntax(source, links, problems).expand(body));
        Node document = parser.parse(markdown);
        MarkdownBlocks blocks = new MarkdownBlocks(new MarkdownInlines(links));

        Heading titleHeading = firstTitleHeading(document);
        if (titleHeading != null) {
            HeadingAttributes.strip(titleHeading);
        }
        String title = frontMatter.title()
                .orElseGet(() -> Optional.ofNullable(titleHeading).map(blocks::text).filter(t -> !t.isBlank())
                        .orElseGet(() -> Slugs.titleFromPath(source.path())));
        List<OutlineSection> sections = new Sections(blocks, FaqHeadings.isFaqHeading(title))
                .read(document, titleHeading, title);
        sections.set(0, Introduction.of(title, sections.getFirst().blocks(), frontMatter.description().orElse("")));
        return Optional.of(new ArticleOutline(slug, title, frontMatter.tags(), source.file(), sections, source.path(),
                frontMatter.aliases(), frontMatter.canonicalUrl().orElse(""), visibility(source, frontMatter, problems),
                frontMatter.reviewed().orElse(null)));
    }

    /**
     * The visibility the page declares, or {@code null}; a word that is neither public nor internal is reported, and
     * the page is kept internal rather than shown to everyone by mistake.
     */
    private static Visibility visibility(SourceText source, FrontMatter frontMatter, List<ContentProblem> problems) {
        Optional<String> declared = frontMatter.visibility();
        if (declared.isEmpty()) {
            return null;
        }
        try {
            return Visibility.fromLabel(declared.get());
        } catch (IllegalArgumentException e) {
            problems.add(new ContentProblem(source.file(), 1, e.getMessage()
                    + " in the front matter; the page is treated as internal"));
            return Visibility.INTERNAL;
        }
    }

    private static String slug(SourceText source, FrontMatter frontMatter) {
        return frontMatter.url().map(Slugs::fromUrl)
                .or(() -> frontMatter.slug().map(slug -> Slugs.withLastPart(source.pathSlug(), slug)))
                .orElseGet(source::pathSlug);
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

    /** Walks the document's top-level nodes into sections and FAQ entries. */
    private static final class Sections {

        /** A heading on the current path from the article title down. */
        private record OpenHeading(int level, String text) {}

        /** A section or FAQ entry being filled. */
        private record Draft(ChunkType type, int level, List<String> headings, List<Block> blocks, String anchor,
                boolean faqContext) {}

        private final MarkdownBlocks blocks;
        private final boolean faqPage;

        Sections(MarkdownBlocks blocks, boolean faqPage) {
            this.blocks = blocks;
            this.faqPage = faqPage;
        }

        List<OutlineSection> read(Node document, Heading titleHeading, String title) {
            List<Draft> drafts = new ArrayList<>();
            Draft intro = new Draft(ChunkType.SECTION, 1, List.of(), new ArrayList<>(), null, faqPage);
            drafts.add(intro);
            Draft current = intro;
            Deque<OpenHeading> path = new ArrayDeque<>();
            Integer faqLevel = faqPage ? 1 : null;
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
                if (node == titleHeading) {
                    continue;
                }
                if (!(node instanceof Heading heading)) {
                    blocks.add(node, 0, current.blocks());
                    continue;
                }
                int level = Math.max(2, heading.getLevel());
                if (current.type() == ChunkType.FAQ && level > current.level()) {
                    blocks.add(heading, 0, current.blocks());
                    continue;
                }
                String anchor = HeadingAttributes.strip(heading).orElse(null);
                String text = blocks.text(heading);
                while (!path.isEmpty() && path.peekLast().level() >= level) {
                    path.removeLast();
                }
                if (faqLevel != null && level <= faqLevel) {
                    faqLevel = null;
                }
                List<String> headings = new ArrayList<>(path.stream().map(OpenHeading::text).toList());
                headings.add(text);
                if (faqLevel != null) {
                    current = new Draft(ChunkType.FAQ, level, headings, new ArrayList<>(), anchor, true);
                } else {
                    boolean faqHeading = FaqHeadings.isFaqHeading(text);
                    current = new Draft(ChunkType.SECTION, level, headings, new ArrayList<>(), anchor, faqHeading);
                    path.addLast(new OpenHeading(level, text));
                    if (faqHeading) {
                        faqLevel = level;
                    }
                }
                drafts.add(current);
            }
            List<OutlineSection> sections = new ArrayList<>();
            sections.add(OutlineSection.namedSection(title, List.of(), intro.blocks(), "introduction"));
            if (intro.faqContext()) {
                sections.set(0, OutlineSection.namedSection(title, List.of(), DefinedQuestions.before(intro.blocks()),
                        "introduction"));
                sections.addAll(DefinedQuestions.entries(List.of(), intro.blocks()));
            }
            for (Draft draft : drafts.subList(1, drafts.size())) {
                if (draft.type() == ChunkType.SECTION && draft.faqContext()) {
                    sections.add(OutlineSection.anchored(ChunkType.SECTION, draft.headings(),
                            DefinedQuestions.before(draft.blocks()), draft.anchor()));
                    sections.addAll(DefinedQuestions.entries(draft.headings(), draft.blocks()));
                } else {
                    sections.add(OutlineSection.anchored(draft.type(), draft.headings(), draft.blocks(),
                            draft.anchor()));
                }
            }
            return sections;
        }
    }
}
