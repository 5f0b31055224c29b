package dev.faqindex.content.plaintext;

import dev.faqindex.content.ContentProblem;
import dev.faqindex.content.block.Block;
import dev.faqindex.content.parse.ArticleOutline;
import dev.faqindex.content.parse.ArticleParser;
import dev.faqindex.content.parse.FaqHeadings;
import dev.faqindex.content.parse.OutlineSection;
import dev.faqindex.content.parse.Slugs;
import dev.faqindex.content.parse.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article published as plain text, with no markup: every non-empty line is a paragraph, a list item
 * ({@code - }, {@code * }, {@code • }, {@code 1. }) or a heading, found by its shape.
 *
 * <p>A heading is a line that is not a list item, starts with an upper-case letter or a digit, has at most 12 words
 * and 90 characters, does not end with {@code . , ; : ! ?}, and is not the last line with text. Image credits
 * ({@code Image Source: ...}, {@code Photo credit: ...}, {@code Source: example.com}) are dropped. The title is the
 * first line when it is heading-shaped, else it comes from the file name; text before the first heading is the
 * introduction.
 *
 * <p>Levels: a heading whose own text is only prose (no list item) and which is followed by another heading is a
 * parent; the headings after it are its subsections until the next parent, the FAQ heading, or a heading that by
 * convention closes an article ("When to ...", "Conclusion", "Summary", "Final thoughts", "Key takeaways",
 * "Bottom line"). Every other heading is top level. Without that convention, a closing section such as
 * "When to Seek Professional Help" would nest under the preceding parent; a subsection that really is titled
 * "When to ..." is, in turn, lifted to the top level.
 *
 * <p>A heading containing "FAQ" or "Frequently Asked Questions" opens the FAQ. Questions are lines starting with
 * {@code Q1:}, {@code Q:} or {@code Question:} when the FAQ uses such prefixes, else lines ending with {@code ?};
 * {@code A1:}, {@code A:} or {@code Answer:} prefixes of answers are dropped. Inside the FAQ a heading-shaped line is
 * a heading only after an answer line. When the last answer has more than one paragraph, its first paragraph (with
 * any list right after it) stays the answer and the rest becomes a "Conclusion" section (anchor {@code conclusion}).
 */
public final class PlainTextArticleParser implements ArticleParser {

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*\u2022]|\\d{1,3}[.)])\\s+(.*)$");
    private static final Pattern NOISE = Pattern.compile(
            "(?i)^\\s*(?:(?:image|photo|picture)\\s+(?:source|credits?)\\s*:.*"
                    + "|source\\s*:\\s*(?:https?://)?[\\w-]+(?:\\.[\\w-]+)+\\S*)\\s*$");
    private static final Pattern QUESTION_PREFIX =
            Pattern.compile("(?i)^(?:Q\\d*|Question(?:\\s*\\d+)?)\\s*[:.)]\\s+(.+)$");
    private static final Pattern ANSWER_PREFIX =
            Pattern.compile("(?i)^(?:A\\d*|Answer(?:\\s*\\d+)?)\\s*[:.)]\\s*(.*)$");
    private static final Pattern CLOSING_HEADING = Pattern.compile(
            "(?i)^(?:when\\s+to|when\\s+should|conclusion|summary|final\\s+thoughts|key\\s+takeaways"
                    + "|(?:the\\s+)?bottom\\s+line)\\b");
    private static final int MAX_HEADING_WORDS = 12;
    private static final int MAX_HEADING_CHARS = 90;
    private static final String CONCLUSION = "Conclusion";

    /** A line with text, after blank and noise lines are gone. */
    private record TextLine(int number, String text, boolean listItem) {

        Block toBlock() {
            return listItem ? Block.listItem(text, 0) : Block.paragraph(text);
        }
    }

    /** A heading (null for the introduction) and the lines up to the next heading. */
    private record Segment(String heading, boolean faq, List<TextLine> lines) {

        boolean hasListItems() {
            return lines.stream().anyMatch(TextLine::listItem);
        }
    }

    @Override
    public Optional<ArticleOutline> parse(SourceText source, List<ContentProblem> problems) {
        List<TextLine> lines = textLines(source.lines());
        if (lines.isEmpty()) {
            problems.add(new ContentProblem(source.file(), 0, "no text in the file"));
            return Optional.empty();
        }
        int start = 0;
        String title = Slugs.titleFromFileName(source.fileName());
        if (isHeadingShaped(lines, 0)) {
            title = lines.getFirst().text();
            start = 1;
        }
        List<Segment> segments = segments(lines.subList(start, lines.size()));
        List<OutlineSection> sections = new ArrayList<>();
        String parent = null;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            List<Block> blocks = segment.lines().stream().map(TextLine::toBlock).toList();
            if (segment.heading() == null) {
                sections.add(OutlineSection.namedSection(title, List.of(), blocks, "introduction"));
            } else if (segment.faq()) {
                parent = null;
                addFaq(segment, sections);
            } else if (!segment.hasListItems() && i + 1 < segments.size()) {
                parent = segment.heading();
                sections.add(OutlineSection.section(List.of(parent), blocks));
            } else if (CLOSING_HEADING.matcher(segment.heading()).find() || parent == null) {
                parent = null;
                sections.add(OutlineSection.section(List.of(segment.heading()), blocks));
            } else {
                sections.add(OutlineSection.section(List.of(parent, segment.heading()), blocks));
            }
        }
        return Optional.of(new ArticleOutline(source.pathSlug(), title, List.of(), source.file(), sections,
                source.path(), List.of()));
    }

    private static List<TextLine> textLines(List<String> raw) {
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String text = raw.get(i).strip();
            if (text.isEmpty() || NOISE.matcher(text).matches()) {
                continue;
            }
            Matcher item = LIST_ITEM.matcher(text);
            lines.add(item.matches()
                    ? new TextLine(i + 1, item.group(1).strip(), true)
                    : new TextLine(i + 1, text, false));
        }
        return lines;
    }

    private static boolean isHeadingShaped(List<TextLine> lines, int index) {
        TextLine line = lines.get(index);
        String text = line.text();
        if (line.listItem() || index + 1 >= lines.size() || text.length() > MAX_HEADING_CHARS) {
            return false;
        }
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        return (Character.isUpperCase(first) || Character.isDigit(first))
                && ".,;:!?".indexOf(last) < 0
                && text.split("\\s+").length <= MAX_HEADING_WORDS;
    }

    /** Cuts the lines at headings; inside the FAQ, question lines are never headings. */
    private static List<Segment> segments(List<TextLine> lines) {
        List<Segment> segments = new ArrayList<>();
        Segment current = new Segment(null, false, new ArrayList<>());
        segments.add(current);
        boolean prefixedQuestions = false;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            boolean heading = isHeadingShaped(lines, i);
            if (current.faq()) {
                boolean afterAnswer = !current.lines().isEmpty()
                        && !isQuestion(current.lines().getLast(), prefixedQuestions);
                heading = heading && afterAnswer && !isQuestion(line, prefixedQuestions);
            }
            if (heading) {
                boolean faq = FaqHeadings.isFaqHeading(line.text());
                current = new Segment(line.text(), faq, new ArrayList<>());
                segments.add(current);
                if (faq) {
                    prefixedQuestions = lines.subList(i + 1, lines.size()).stream()
                            .anyMatch(l -> QUESTION_PREFIX.matcher(l.text()).matches());
                }
            } else {
                current.lines().add(line);
            }
        }
        if (segments.getFirst().lines().isEmpty()) {
            segments.removeFirst();
        }
        return segments;
    }

    private static boolean isQuestion(TextLine line, boolean prefixedQuestions) {
        if (line.listItem()) {
            return false;
        }
        return prefixedQuestions ? QUESTION_PREFIX.matcher(line.text()).matches() : line.text().endsWith("?");
    }

    private static void addFaq(Segment segment, List<OutlineSection> sections) {
        boolean prefixedQuestions = segment.lines().stream()
                .anyMatch(l -> !l.listItem() && QUESTION_PREFIX.matcher(l.text()).matches());
        List<String> faqPath = List.of(segment.heading());
        List<Block> preamble = new ArrayList<>();
        String question = null;
        List<Block> answer = new ArrayList<>();
        for (TextLine line : segment.lines()) {
            if (isQuestion(line, prefixedQuestions)) {
                if (question != null) {
                    sections.add(OutlineSection.faq(List.of(segment.heading(), question), answer));
                } else {
                    sections.add(OutlineSection.section(faqPath, preamble));
                }
                Matcher prefixed = QUESTION_PREFIX.matcher(line.text());
                question = prefixed.matches() ? prefixed.group(1).strip() : line.text();
                answer = new ArrayList<>();
            } else if (question == null) {
                preamble.add(line.toBlock());
            } else {
                answerBlock(line).ifPresent(answer::add);
            }
        }
        if (question == null) {
            sections.add(OutlineSection.section(faqPath, preamble));
            return;
        }
        int answerEnd = lastAnswerEnd(answer);
        sections.add(OutlineSection.faq(List.of(segment.heading(), question), answer.subList(0, answerEnd)));
        if (answerEnd < answer.size()) {
            sections.add(OutlineSection.namedSection(
                    CONCLUSION, List.of(CONCLUSION), answer.subList(answerEnd, answer.size()), "conclusion"));
        }
    }

    /** The line without its {@code A:} prefix; nothing for a bare {@code A:} line. */
    private static Optional<Block> answerBlock(TextLine line) {
        Matcher prefixed = ANSWER_PREFIX.matcher(line.text());
        if (line.listItem() || !prefixed.matches()) {
            return Optional.of(line.toBlock());
        }
        String text = prefixed.group(1).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(Block.paragraph(text));
    }

    /** The last answer keeps its first paragraph and the list right after it; the rest closes the article. */
    private static int lastAnswerEnd(List<Block> answer) {
        int end = Math.min(1, answer.size());
        while (end < answer.size() && answer.get(end) instanceof Block.ListItem) {
            end++;
        }
        return end;
    }
}
