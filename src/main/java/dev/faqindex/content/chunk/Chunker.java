package dev.faqindex.content.chunk;

import dev.faqindex.content.Article;
import dev.faqindex.content.Chunk;
import dev.faqindex.content.ChunkType;
import dev.faqindex.content.block.Block;
import dev.faqindex.content.block.PlainText;
import dev.faqindex.content.parse.ArticleOutline;
import dev.faqindex.content.parse.OutlineSection;
import dev.faqindex.content.parse.Slugs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an {@link ArticleOutline} into an {@link Article}: one chunk per section or FAQ entry, unique anchors, ids
 * and urls, and section bodies longer than the bound split at paragraph or list-item boundaries. An FAQ entry is
 * always one chunk, however long its answer, so that it keeps the id its source (or a judgment file) knows it by.
 *
 * <p>Parts of a split section share title, breadcrumb, anchor and url; their ids get {@code -2}, {@code -3}... A list
 * item ending with {@code :} stays in the same part as at least the item after it, and a definition term with its
 * first definition, when both fit. Sections without
 * text are dropped (but a page without any text keeps its last section, empty); FAQ entries are kept even when their
 * answer is empty.
 */
public final class Chunker {

    private static final int SMALLEST_BOUND = 40;

    private final int maxChunkChars;

    public Chunker(int maxChunkChars) {
        if (maxChunkChars < SMALLEST_BOUND) {
            throw new IllegalArgumentException(
                    "maxChunkChars must be at least " + SMALLEST_BOUND + ", got " + maxChunkChars);
        }
        this.maxChunkChars = maxChunkChars;
    }

    public Article chunk(ArticleOutline outline) {
        Set<String> takenNames = new HashSet<>();
        List<Chunk> chunks = new ArrayList<>();
        for (OutlineSection section : outline.sections()) {
            boolean lastChance = chunks.isEmpty() && section == outline.sections().getLast();
            if (section.type() == ChunkType.SECTION && section.blocks().isEmpty() && !lastChance) {
                continue; // a page without any text still keeps one (empty) chunk, so that it is never lost
            }
            List<List<Block>> bodies = section.type() == ChunkType.FAQ
                    ? List.of(section.blocks())
                    : splitBlocks(section.blocks());
            String anchor = claim(takenNames, anchorBase(section), bodies.size());
            String url = section.givenUrl() != null
                    ? section.givenUrl()
                    : "/articles/" + outline.slug() + "#" + anchor;
            String firstId = section.givenId() != null ? section.givenId() : outline.slug() + ":" + anchor;
            List<String> breadcrumb = new ArrayList<>();
            breadcrumb.add(outline.title());
            breadcrumb.addAll(section.headings());
            List<String> tags = new ArrayList<>(new LinkedHashSet<>(concat(outline.tags(), section.tags())));
            for (int part = 0; part < bodies.size(); part++) {
                String id = part == 0 ? firstId : firstId + "-" + (part + 1);
                chunks.add(new Chunk(id, section.type(), outline.slug(), outline.title(), section.title(),
                        breadcrumb, anchor, url, PlainText.of(bodies.get(part)), tags, chunks.size(),
                        bodies.get(part), outline.path(), outline.aliases(), outline.canonicalUrl(),
                        outline.visibility(), outline.reviewed()));
            }
        }
        return new Article(outline.slug(), outline.title(), outline.tags(), outline.source(), chunks);
    }

    private static String anchorBase(OutlineSection section) {
        if (section.anchor() != null && !section.anchor().isBlank()) {
            return section.anchor();
        }
        String slug = Slugs.slugify(section.anchorHint() != null ? section.anchorHint() : section.title());
        return slug.isEmpty() ? "section" : slug;
    }

    /**
     * The base name, or the first of {@code base-2}, {@code base-3}... that is free in this article together with
     * the names its parts will use ({@code name-2} up to {@code name-<parts>}); claims all of them.
     */
    private static String claim(Set<String> takenNames, String base, int parts) {
        String name = base;
        for (int n = 2; !allFree(takenNames, name, parts); n++) {
            name = base + "-" + n;
        }
        takenNames.add(name);
        for (int part = 2; part <= parts; part++) {
            takenNames.add(name + "-" + part);
        }
        return name;
    }

    private static boolean allFree(Set<String> takenNames, String name, int parts) {
        if (takenNames.contains(name)) {
            return false;
        }
        for (int part = 2; part <= parts; part++) {
            if (takenNames.contains(name + "-" + part)) {
                return false;
            }
        }
        return true;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** The body as one or more texts, each at most {@code maxChunkChars} long. */
    List<String> splitBody(List<Block> blocks) {
        return splitBlocks(blocks).stream().map(PlainText::of).toList();
    }

    /** The body as one or more runs of blocks, each with a plain text at most {@code maxChunkChars} long. */
    List<List<Block>> splitBlocks(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return List.of(List.of());
        }
        List<List<Block>> parts = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        for (List<Block> unit : units(blocks)) {
            List<Block> candidate = concat(current, unit);
            if (current.isEmpty() || PlainText.of(candidate).length() <= maxChunkChars) {
                current = candidate;
            } else {
                parts.add(current);
                current = new ArrayList<>(unit);
            }
        }
        parts.add(current);
        return parts;
    }

    /**
     * Groups blocks that must stay together: an item ending with {@code :} with the items it introduces (at least
     * the first), a term with its first definition. A group that cannot fit in one part falls apart into single
     * blocks, and a block that cannot fit is cut into pieces of the same kind.
     */
    private List<List<Block>> units(List<Block> blocks) {
        List<List<Block>> units = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            int end = i + 1;
            while (end < blocks.size() && introduces(blocks.get(end - 1), blocks.get(end))) {
                end++;
            }
            List<Block> group = blocks.subList(i, end);
            if (PlainText.of(group).length() <= maxChunkChars) {
                units.add(List.copyOf(group));
            } else {
                for (Block block : group) {
                    BlockCutter.cut(block, maxChunkChars).forEach(piece -> units.add(List.of(piece)));
                }
            }
            i = end;
        }
        return units;
    }

    /**
     * Whether {@code block} must stay with {@code next}: a list item ending with a colon announces the items that
     * follow it, and a definition term (or a run of them) its first definition.
     */
    private static boolean introduces(Block block, Block next) {
        if (block instanceof Block.Term) {
            return next instanceof Block.Term || next instanceof Block.Definition;
        }
        return block instanceof Block.ListItem && PlainText.text(block).endsWith(":") && next instanceof Block.ListItem;
    }
}
