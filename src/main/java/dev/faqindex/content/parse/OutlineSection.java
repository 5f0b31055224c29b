package dev.faqindex.content.parse;

import dev.faqindex.content.ChunkType;
import dev.faqindex.content.block.Block;
import java.util.List;

/**
 * One section or FAQ entry as a parser found it, before anchors, ids and splitting are decided.
 *
 * @param type section or FAQ entry
 * @param title the heading or question
 * @param headings the enclosing headings below the article title, ending with {@code title}
 * @param blocks the body
 * @param anchorHint text to derive the anchor from instead of the title (an id, or a fixed name such as
 *     {@code introduction}); null to use the title
 * @param givenId the chunk id the source fixed, or null to derive {@code <slug>:<anchor>}
 * @param givenUrl the url the source fixed, or null to derive {@code /articles/<slug>#<anchor>}
 * @param tags tags of this entry in addition to the article's
 */
public record OutlineSection(
        ChunkType type,
        String title,
        List<String> headings,
        List<Block> blocks,
        String anchorHint,
        String givenId,
        String givenUrl,
        List<String> tags) {

    public OutlineSection {
        headings = List.copyOf(headings);
        blocks = List.copyOf(blocks);
        tags = List.copyOf(tags);
    }

    public static OutlineSection section(List<String> headings, List<Block> blocks) {
        return new OutlineSection(ChunkType.SECTION, headings.getLast(), headings, blocks, null, null, null, List.of());
    }

    public static OutlineSection faq(List<String> headings, List<Block> blocks) {
        return new OutlineSection(ChunkType.FAQ, headings.getLast(), headings, blocks, null, null, null, List.of());
    }

    /** A section with a fixed anchor, such as the introduction or the conclusion. */
    public static OutlineSection namedSection(String title, List<String> headings, List<Block> blocks, String anchor) {
        return new OutlineSection(ChunkType.SECTION, title, headings, blocks, anchor, null, null, List.of());
    }
}
