package dev.faqindex.content.parse;

import dev.faqindex.content.block.Block;
import dev.faqindex.content.block.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text at the top of a page, before its first section, with the page's description (front matter
 * {@code description}, HTML {@code <meta name="description">}): the summary a site shows in lists and search
 * engines show under the title, which often says what the page is for in words its body does not use. The
 * description leads the introduction unless the introduction already says it; a page with no introduction gets the
 * description alone, anchored {@code description}, so that a heading of the page's own named Introduction keeps
 * {@code #introduction}.
 */
public final class Introduction {

    private Introduction() {
    }

    /** The introduction section of a page titled {@code title}. */
    public static OutlineSection of(String title, List<Block> blocks, String description) {
        String summary = description == null ? "" : description.strip();
        if (summary.isEmpty()) {
            return OutlineSection.namedSection(title, List.of(), blocks, "introduction");
        }
        if (blocks.isEmpty()) {
            return OutlineSection.namedSection(title, List.of(), List.of(Block.paragraph(summary)), "description");
        }
        if (normalised(PlainText.of(blocks)).contains(normalised(summary.replaceFirst("(\\.\\.\\.|\u2026)$", "")))) {
            return OutlineSection.namedSection(title, List.of(), blocks, "introduction");
        }
        List<Block> withSummary = new ArrayList<>(blocks.size() + 1);
        withSummary.add(Block.paragraph(summary));
        withSummary.addAll(blocks);
        return OutlineSection.namedSection(title, List.of(), withSummary, "introduction");
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]+", " ").strip();
    }
}
