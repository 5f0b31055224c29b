package dev.faqindex.content.block;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * One unit of an article's body, as every format's parser produces it and article pages render it: paragraphs, list
 * items, headings inside a body, code, tables, quotes, callouts, figures, definition lists and sanitised HTML.
 *
 * <p>The model is flat where chunking needs it: a list is a run of {@link ListItem}s, each with its depth, so that a
 * long section can be split between any two items; a definition list is a run of {@link Term}s and
 * {@link Definition}s. Containers ({@link Quote}, {@link Callout}) hold blocks of their own. The index gets each
 * block's {@link PlainText plain text}; the blocks themselves are stored with the chunk for its article page.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "t")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Block.Paragraph.class, name = "p"),
        @JsonSubTypes.Type(value = Block.ListItem.class, name = "li"),
        @JsonSubTypes.Type(value = Block.Heading.class, name = "h"),
        @JsonSubTypes.Type(value = Block.CodeBlock.class, name = "code"),
        @JsonSubTypes.Type(value = Block.Table.class, name = "table"),
        @JsonSubTypes.Type(value = Block.Quote.class, name = "quote"),
        @JsonSubTypes.Type(value = Block.Callout.class, name = "callout"),
        @JsonSubTypes.Type(value = Block.Figure.class, name = "figure"),
        @JsonSubTypes.Type(value = Block.Term.class, name = "dt"),
        @JsonSubTypes.Type(value = Block.Definition.class, name = "dd"),
        @JsonSubTypes.Type(value = Block.RawHtml.class, name = "html")})
public sealed interface Block {

    /** A paragraph of text. */
    record Paragraph(List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /**
     * One item of a bulleted or numbered list.
     *
     * @param depth nesting level, from 0
     * @param number the item's number in an ordered list, or 0 for a bullet
     * @param content the item's own text (nested lists follow as items one level deeper)
     */
    record ListItem(int depth, int number, List<Inline> content) implements Block {
        public ListItem {
            content = List.copyOf(content);
        }

        /** Whether the item is numbered. */
        public boolean ordered() {
            return number > 0;
        }
    }

    /**
     * A heading inside a body (one that does not open a section of its own, such as a subheading of an answer).
     *
     * @param level 1 to 6, as written
     * @param content the heading text
     */
    record Heading(int level, List<Inline> content) implements Block {
        public Heading {
            content = List.copyOf(content);
        }
    }

    /**
     * Preformatted code, kept verbatim.
     *
     * @param language the language named by the source ({@code sh}, {@code go-html-template}...), or empty
     * @param code the code with its line breaks, without a final newline
     */
    record CodeBlock(String language, String code) implements Block {
    }

    /**
     * A table.
     *
     * @param alignments per column: {@code left}, {@code center}, {@code right} or empty
     * @param head header rows (usually one)
     * @param body the other rows
     */
    record Table(List<String> alignments, List<Row> head, List<Row> body) implements Block {
        public Table {
            alignments = List.copyOf(alignments);
            head = List.copyOf(head);
            body = List.copyOf(body);
        }
    }

    /** A table row: one inline run per cell. */
    record Row(List<List<Inline>> cells) {
        public Row {
            cells = cells.stream().map(List::copyOf).toList();
        }
    }

    /** A quotation. */
    record Quote(List<Block> content) implements Block {
        public Quote {
            content = List.copyOf(content);
        }
    }

    /**
     * A highlighted note, tip or warning (GitHub alerts, admonitions, Hugo and Jekyll callouts).
     *
     * @param kind lower-case kind: {@code note}, {@code tip}, {@code important}, {@code warning}, {@code caution}...
     * @param title its heading as shown, such as {@code Note}
     * @param content the body
     */
    record Callout(String kind, String title, List<Block> content) implements Block {
        public Callout {
            content = List.copyOf(content);
        }
    }

    /**
     * An image standing on its own, with an optional caption and link.
     *
     * @param src absolute URL, or a path served from the content folder
     * @param alt the alternative text
     * @param caption text shown under the image, or empty
     * @param link where a click on the image leads, or empty
     */
    record Figure(String src, String alt, String caption, String link) implements Block {
    }

    /** The term of a definition list entry. */
    record Term(List<Inline> content) implements Block {
        public Term {
            content = List.copyOf(content);
        }
    }

    /** One definition of the term before it. */
    record Definition(List<Inline> content) implements Block {
        public Definition {
            content = List.copyOf(content);
        }
    }

    /**
     * HTML written into the source, already passed through the sanitiser: only harmless elements and attributes.
     *
     * @param html the sanitised HTML
     * @param text its text, for the index
     */
    record RawHtml(String html, String text) implements Block {
    }

    /** A paragraph of plain text. */
    static Block paragraph(String text) {
        return new Paragraph(Inline.text(text));
    }

    /** A bulleted list item of plain text. */
    static Block listItem(String text, int depth) {
        return new ListItem(depth, 0, Inline.text(text));
    }
}
