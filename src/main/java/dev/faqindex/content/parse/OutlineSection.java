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
 * @param anchor the anchor the source fixed (a heading's {@code {#id}}), used as written; null to derive one
 */
public record OutlineSection(
        ChunkType type,
        String title,
        List<String> headings,
        List<Block> blocks,
        String anchorHint,
        String givenId,
        String givenUrl,
        List<String> tags,
        String anchor) {

    public OutlineSection {
        headings = List.copyOf(headings);
        blocks = List.copyOf(blocks);
        tags = List.copyOf(tags);
    }

    public static OutlineSection section(List<String> headings, List<Block> blocks) {
        return new OutlineSection(ChunkType.SECTION, headings.getLast(), headings, blocks, null, null, null, List.of(),
                null);
    }

    public static OutlineSection faq(List<String> headings, List<Block> blocks) {
        return new OutlineSection(ChunkType.FAQ, headings.getLast(), headings, blocks, null, null, null, List.of(),
                null);
    }

    /** A section or FAQ entry whose heading fixed its anchor ({@code {#id}}); {@code anchor} may be null. */
    public static OutlineSection anchored(ChunkType type, List<String> headings, List<Block> blocks, String anchor) {
        return new OutlineSection(type, headings.getLast(), headings, blocks, null, null, null, List.of(), anchor);
    }

    /** A section with a fixed anchor, such as the introduction or the conclusion. */
    public static OutlineSection namedSection(String title, List<String> headings, List<Block> blocks, String anchor) {
        return new OutlineSection(ChunkType.SECTION, title, headings, blocks, anchor, null, null, List.of(), null);
    }
}
