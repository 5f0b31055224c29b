package dev.faqindex.content;

/**
 * One unit of body text: a paragraph or a list item, already reduced to plain text.
 *
 * @param kind paragraph or list item
 * @param text the plain text, without any list marker
 * @param depth nesting level of a list item, from 0; always 0 for a paragraph
 */
record Block(Kind kind, String text, int depth) {

    /** What a block is. */
    enum Kind { PARAGRAPH, LIST_ITEM }

    static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, text, 0);
    }

    static Block listItem(String text, int depth) {
        return new Block(Kind.LIST_ITEM, text, depth);
    }

    boolean isListItem() {
        return kind == Kind.LIST_ITEM;
    }

    /** A list item whose text ends with a colon announces the items that follow it. */
    boolean introducesItems() {
        return isListItem() && text.endsWith(":");
    }

    /** The block as it appears in a chunk body: list items as {@code "- "} lines, indented two spaces per level. */
    String render() {
        return isListItem() ? "  ".repeat(depth) + "- " + text : text;
    }

    Block withText(String newText) {
        return new Block(kind, newText, depth);
    }
}
