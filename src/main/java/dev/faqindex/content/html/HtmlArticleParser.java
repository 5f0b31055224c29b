package dev.faqindex.content.html;

import dev.faqindex.content.ChunkType;
import dev.faqindex.content.ContentProblem;
import dev.faqindex.content.block.Block;
import dev.faqindex.content.parse.ArticleOutline;
import dev.faqindex.content.parse.ArticleParser;
import dev.faqindex.content.parse.FaqHeadings;
import dev.faqindex.content.parse.Introduction;
import dev.faqindex.content.parse.LinkTargets;
import dev.faqindex.content.parse.OutlineSection;
import dev.faqindex.content.parse.Slugs;
import dev.faqindex.content.parse.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads an HTML page (a built documentation site, a help-center export) into an article.
 *
 * <p>The page's main content is found and its chrome dropped ({@link MainContent}); its headings make the sections
 * and its questions the FAQ entries ({@link HtmlSections}), and questions published only as schema.org
 * {@code FAQPage} structured data are added after them. The title is the Open Graph title, else the page's first
 * {@code <h1>} when the {@code <title>} contains it (a title followed by the site's name), else the {@code <title>}
 * (without the site's name), else the file name; the slug is the file's path ({@link Slugs#fromPath}). The
 * {@code keywords} are its tags, the description leads the introduction ({@link Introduction}), and the canonical
 * URL is kept for citations. A page marked {@code noindex}, or a redirect page without text of its own, is left out
 * (and reported).
 */
public final class HtmlArticleParser implements ArticleParser {

    /** Links in headings that only point at the heading itself: the pilcrows and icons of permalinks. */
    private static final Pattern PERMALINK_TEXT = Pattern.compile("[\\s\u00B6#\u00A7\uD83D\uDD17\u2693]*");
    /** The first paragraph of an FAQ page says so in a line ("gitfaq - Frequently asked questions about Git"). */
    private static final int LONGEST_INTRODUCING_LINE = 200;
    private static final Pattern SITE_NAME_SEPARATOR = Pattern.compile("\\s*[|\u2013\u2014\u00B7:\u2022-]\\s*");

    private final HtmlSelectors selectors;

    /** A parser that finds each page's main content by its own markup. */
    public HtmlArticleParser() {
        this(HtmlSelectors.NONE);
    }

    /** A parser that finds the main content with the site owner's selectors first. */
    public HtmlArticleParser(HtmlSelectors selectors) {
        this.selectors = selectors;
    }

    @Override
    public Optional<ArticleOutline> parse(SourceText source, List<ContentProblem> problems) {
        Document document = Parser.htmlParser().setTrackPosition(true).parseInput(source.text(), "");
        PageHead head = PageHead.read(document);
        if (head.noIndex()) {
            problems.add(ContentProblem.leftOut(source.file(),
                    "the page asks not to be indexed (a robots meta tag says noindex) and is not indexed"));
            return Optional.empty();
        }
        List<FaqJsonLd.Question> structured = FaqJsonLd.read(document, source.file(), problems);
        MainContent.Found found = MainContent.find(document, selectors);
        if (!selectors.main().isEmpty() && !found.bySelector()) {
            problems.add(new ContentProblem(source.file(), 0, "the main-content selector '" + selectors.main()
                    + "' matches nothing in this page; its main content was found by its own markup"));
        }
        Element root = found.root();
        if (!head.redirectTo().isEmpty() && root.text().isBlank() && structured.isEmpty()) {
            problems.add(ContentProblem.leftOut(source.file(),
                    "the page only redirects to " + head.redirectTo() + " and is not indexed"));
            return Optional.empty();
        }
        removePermalinks(root);

        String slug = source.pathSlug();
        HtmlInlines inlines = new HtmlInlines(new LinkTargets(source.root(), source.path(), slug));
        HtmlBlocks blocks = new HtmlBlocks(inlines);
        Element firstHeading = root.selectFirst("h1, h2, h3, h4, h5, h6");
        Element titleHeading = firstHeading != null && firstHeading.normalName().equals("h1") ? firstHeading : null;
        String h1 = titleHeading == null ? "" : inlines.text(titleHeading);
        String title = title(head, h1, source.path());
        boolean faqPage = !structured.isEmpty() || FaqHeadings.isFaqHeading(title) || FaqHeadings.isFaqHeading(h1)
                || FaqHeadings.isFaqHeading(head.description()) || introducesFaq(root);

        HtmlSections reader = new HtmlSections(blocks, faqPage, titleHeading);
        List<OutlineSection> sections = new ArrayList<>();
        for (HtmlSections.Draft draft : reader.read(root)) {
            sections.add(section(draft, title));
        }
        sections.set(0, Introduction.of(title, sections.getFirst().blocks(), head.description()));
        Set<String> shown = reader.questions();
        for (FaqJsonLd.Question question : structured) {
            if (shown.add(HtmlSections.questionKey(question.question()))) {
                List<Block> answer = blocks.of(Jsoup.parseBodyFragment(question.answerHtml()).body());
                sections.add(OutlineSection.anchored(ChunkType.FAQ, List.of(question.question()), answer,
                        question.anchor()));
            }
        }
        return Optional.of(new ArticleOutline(slug, title, head.keywords(), source.file(), sections, source.path(),
                List.of(), head.canonicalUrl()));
    }

    private static OutlineSection section(HtmlSections.Draft draft, String title) {
        if (draft.headings().isEmpty()) {
            return OutlineSection.namedSection(title, List.of(), draft.blocks(), "introduction");
        }
        return OutlineSection.anchored(draft.type(), draft.headings(), draft.blocks(), draft.anchor());
    }

    /**
     * The page title: the Open Graph title; else the first {@code <h1>} when the {@code <title>} holds it; else the
     * {@code <title>}; else the {@code <h1>}; else the file's name. The site's name is taken off either end.
     */
    static String title(PageHead head, String h1, String path) {
        if (!head.ogTitle().isEmpty()) {
            return withoutSiteName(head.ogTitle(), head.siteName());
        }
        if (!head.title().isEmpty()) {
            boolean holdsHeading = !h1.isEmpty()
                    && head.title().toLowerCase(Locale.ROOT).contains(h1.toLowerCase(Locale.ROOT));
            return holdsHeading ? h1 : withoutSiteName(head.title(), head.siteName());
        }
        return h1.isEmpty() ? Slugs.titleFromPath(path) : h1;
    }

    private static String withoutSiteName(String title, String siteName) {
        if (siteName.isEmpty() || title.equalsIgnoreCase(siteName)) {
            return title;
        }
        String quoted = Pattern.quote(siteName);
        String trimmed = title.replaceFirst("(?i)" + SITE_NAME_SEPARATOR.pattern() + quoted + "$", "")
                .replaceFirst("(?i)^" + quoted + SITE_NAME_SEPARATOR.pattern(), "").strip();
        return trimmed.isEmpty() ? title : trimmed;
    }

    /** Whether the page's first paragraph is a short line that says the page is an FAQ. */
    private static boolean introducesFaq(Element root) {
        Element first = root.selectFirst("p");
        if (first == null) {
            return false;
        }
        String text = Text.clean(first.text());
        return text.length() <= LONGEST_INTRODUCING_LINE && FaqHeadings.isFaqHeading(text);
    }

    /** Drops the permalink anchors generators put in headings (an empty link, a pilcrow, a link icon). */
    private static void removePermalinks(Element root) {
        for (Element link : root.select("h1 a[href^=#], h2 a[href^=#], h3 a[href^=#], h4 a[href^=#], "
                + "h5 a[href^=#], h6 a[href^=#], dt a[href^=#]")) {
            if (PERMALINK_TEXT.matcher(Text.clean(link.text())).matches() && link.select("img").isEmpty()) {
                link.remove();
            }
        }
    }
}
