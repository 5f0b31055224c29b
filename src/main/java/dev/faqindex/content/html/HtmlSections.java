package dev.faqindex.content.html;

import dev.faqindex.content.ChunkType;
import dev.faqindex.content.block.Block;
import dev.faqindex.content.parse.FaqHeadings;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Walks a page's main content into sections and FAQ entries in reading order.
 *
 * <p>Each heading ({@code <h1>}–{@code <h6>}, however deeply wrapped in {@code <div>}s and {@code <section>}s) opens
 * a section nested under the open headings of lower level; text before the first is the introduction. A question
 * is an FAQ entry: a heading ending with {@code ?} in an FAQ (an FAQ page, or under a heading that mentions FAQ),
 * whose answer runs to the next heading of its level; each term of a definition list in an FAQ, or of a list whose
 * terms all end with {@code ?}, answered by its definitions; and a {@code <details>} in an FAQ or whose summary
 * ends with {@code ?}, answered by the rest of it. Anchors are the headings' and entries' own ids (or those of the
 * anchor or wrapper that carries them).
 */
final class HtmlSections {

    /**
     * A section or FAQ entry being filled.
     *
     * @param type section or FAQ entry
     * @param level the heading level that opened it; FAQ entries from lists and details sit below every heading
     * @param headings the open headings, ending with its own title; empty for the introduction
     * @param blocks its body
     * @param anchor the id the page gave it, or null
     * @param fromList whether it is an FAQ entry read from a definition list or details (its answer is complete)
     */
    record Draft(ChunkType type, int level, List<String> headings, List<Block> blocks, String anchor,
            boolean fromList) {
    }

    private record OpenHeading(int level, String text) {
    }

    private static final String STRUCTURE = "h1, h2, h3, h4, h5, h6, details, dl";
    private static final Set<String> WRAPPERS = Set.of("div", "section", "article", "main", "header", "body",
            "hgroup", "center", "span", "font", "form", "fieldset");
    private static final int BELOW_HEADINGS = 7;

    private final HtmlBlocks blocks;
    private final HtmlInlines inlines;
    private final boolean faqPage;
    private final Element titleHeading;
    private final List<Draft> drafts = new ArrayList<>();
    private final Deque<OpenHeading> path = new ArrayDeque<>();
    private Draft current;
    private Integer faqLevel;

    /**
     * @param faqPage whether the whole page is an FAQ
     * @param titleHeading the heading that gave the page its title, skipped; may be null
     */
    HtmlSections(HtmlBlocks blocks, boolean faqPage, Element titleHeading) {
        this.blocks = blocks;
        this.inlines = blocks.inlines();
        this.faqPage = faqPage;
        this.titleHeading = titleHeading;
        this.current = new Draft(ChunkType.SECTION, 0, List.of(), new ArrayList<>(), null, false);
        drafts.add(current);
    }

    /** The introduction first, then every section and entry in reading order. */
    List<Draft> read(Element root) {
        walk(root);
        return List.copyOf(drafts);
    }

    /** Question texts of the FAQ entries read so far, for matching against structured data. */
    Set<String> questions() {
        return drafts.stream().filter(d -> d.type() == ChunkType.FAQ).map(d -> questionKey(d.headings().getLast()))
                .collect(Collectors.toSet());
    }

    /** A question's text as compared across the page and its structured data. */
    static String questionKey(String question) {
        return Text.clean(question).toLowerCase(java.util.Locale.ROOT).replaceAll("[\\p{Punct}\\s]+", " ").strip();
    }

    private void walk(Element container) {
        List<Node> run = new ArrayList<>();
        for (Node node : container.childNodes()) {
            if (HtmlBlocks.isInline(node)) {
                run.add(node);
            } else if (node instanceof Element element) {
                List<Block> paragraph = new ArrayList<>();
                blocks.addRun(run, paragraph);
                append(paragraph);
                visit(element);
            }
        }
        List<Block> paragraph = new ArrayList<>();
        blocks.addRun(run, paragraph);
        append(paragraph);
    }

    private void visit(Element element) {
        if (element.normalName().matches("h[1-6]")) {
            if (element != titleHeading) {
                heading(element);
            }
            return;
        }
        if (Callouts.kind(element).isEmpty()) {
            if (element.normalName().equals("details") && isQuestion(element)) {
                Element summary = element.selectFirst("> summary");
                entry(inlines.text(summary), HtmlAnchors.ofDetails(element, summary), blocks.detailsBody(element));
                return;
            }
            if (element.normalName().equals("dl") && isQuestionList(element)) {
                questionList(element, element);
                return;
            }
            if (isWrapper(element) && element.selectFirst(STRUCTURE) != null) {
                walk(element);
                return;
            }
        }
        List<Block> body = new ArrayList<>();
        blocks.add(element, 0, body);
        append(body);
    }

    private void heading(Element heading) {
        String text = inlines.text(heading);
        if (text.isEmpty()) {
            return;
        }
        int level = heading.normalName().charAt(1) - '0';
        if (current.type() == ChunkType.FAQ && !current.fromList() && level > current.level()) {
            current.blocks().add(new Block.Heading(level, inlines.of(heading)));
            return;
        }
        while (!path.isEmpty() && path.peekLast().level() >= level) {
            path.removeLast();
        }
        if (faqLevel != null && level <= faqLevel) {
            faqLevel = null;
        }
        List<String> headings = openHeadings();
        headings.add(text);
        String anchor = HtmlAnchors.ofHeading(heading);
        if (inFaq() && endsWithQuestionMark(text)) {
            current = new Draft(ChunkType.FAQ, level, headings, new ArrayList<>(), anchor, false);
        } else {
            current = new Draft(ChunkType.SECTION, level, headings, new ArrayList<>(), anchor, false);
            path.addLast(new OpenHeading(level, text));
            if (FaqHeadings.isFaqHeading(text)) {
                faqLevel = level;
            }
        }
        drafts.add(current);
    }

    /** One FAQ entry per group of terms, answered by the definitions after them. */
    private void questionList(Element list, Element root) {
        List<String> terms = new ArrayList<>();
        String anchor = null;
        List<Block> answer = new ArrayList<>();
        for (Element child : list.children()) {
            switch (child.normalName()) {
                case "dt" -> {
                    if (!answer.isEmpty()) {
                        entry(String.join(" / ", terms), anchor, answer);
                        terms = new ArrayList<>();
                        answer = new ArrayList<>();
                    }
                    if (terms.isEmpty()) {
                        anchor = HtmlAnchors.ofTerm(child, root);
                    }
                    String term = inlines.text(child);
                    if (!term.isEmpty()) {
                        terms.add(term);
                    }
                }
                case "dd" -> {
                    ItemLead lead = ItemLead.of(child, false, inlines);
                    if (!lead.content().isEmpty()) {
                        answer.add(new Block.Paragraph(lead.content()));
                    }
                    blocks.addNodes(lead.rest(), 0, answer);
                }
                case "div" -> {
                    if (!terms.isEmpty()) {
                        entry(String.join(" / ", terms), anchor, answer);
                        terms = new ArrayList<>();
                        answer = new ArrayList<>();
                    }
                    questionList(child, root);
                }
                default -> blocks.add(child, 0, answer);
            }
        }
        if (!terms.isEmpty()) {
            entry(String.join(" / ", terms), anchor, answer);
        }
    }

    private void entry(String question, String anchor, List<Block> answer) {
        if (question.isEmpty()) {
            append(answer);
            return;
        }
        List<String> headings = openHeadings();
        headings.add(question);
        current = new Draft(ChunkType.FAQ, BELOW_HEADINGS, headings, new ArrayList<>(answer), anchor, true);
        drafts.add(current);
    }

    /** Adds blocks to the open section; after an FAQ entry read from a list, to a continuation of its section. */
    private void append(List<Block> body) {
        if (body.isEmpty()) {
            return;
        }
        if (current.fromList()) {
            current = new Draft(ChunkType.SECTION, path.isEmpty() ? 0 : path.peekLast().level(), openHeadings(),
                    new ArrayList<>(), null, false);
            drafts.add(current);
        }
        current.blocks().addAll(body);
    }

    private List<String> openHeadings() {
        return new ArrayList<>(path.stream().map(OpenHeading::text).toList());
    }

    private boolean inFaq() {
        return faqPage || faqLevel != null;
    }

    private boolean isQuestion(Element details) {
        Element summary = details.selectFirst("> summary");
        return summary != null && (inFaq() || endsWithQuestionMark(inlines.text(summary)));
    }

    private boolean isQuestionList(Element list) {
        List<String> terms = list.select("dt").stream().filter(dt -> dt.closest("dl") == list)
                .map(inlines::text).toList();
        return !terms.isEmpty() && (inFaq() || terms.stream().allMatch(HtmlSections::endsWithQuestionMark));
    }

    private static boolean endsWithQuestionMark(String text) {
        String stripped = text.strip();
        return stripped.endsWith("?") || stripped.endsWith("\uFF1F");
    }

    private static boolean isWrapper(Element element) {
        return WRAPPERS.contains(element.normalName()) || !element.tag().isKnownTag();
    }
}
