package dev.faqindex.content.chunk;

import dev.faqindex.content.block.Block;
import dev.faqindex.content.block.Inline;
import dev.faqindex.content.block.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Cuts one block whose text is longer than a chunk may be into pieces that fit: text blocks at sentence ends (then at
 * whitespace) into blocks of the same kind, containers between their children.
 */
final class BlockCutter {

    private BlockCutter() {
    }

    /** The block itself when its line fits in {@code limit} characters, else pieces that each fit. */
    static List<Block> cut(Block block, int limit) {
        String line = PlainText.line(block);
        if (line.length() <= limit) {
            return List.of(block);
        }
        int room = limit - (line.length() - PlainText.text(block).length());
        return switch (block) {
            case Block.ListItem item -> pieces(block, room, text -> new Block.ListItem(item.depth(), item.number(),
                    Inline.text(text)));
            case Block.Heading heading -> pieces(block, room, text -> new Block.Heading(heading.level(),
                    Inline.text(text)));
            case Block.CodeBlock code -> pieces(block, room, text -> new Block.CodeBlock(code.language(), text));
            case Block.Term ignored -> pieces(block, room, text -> new Block.Term(Inline.text(text)));
            case Block.Definition ignored -> pieces(block, room, text -> new Block.Definition(Inline.text(text)));
            case Block.Quote quote -> regroup(quote.content(), limit, Block.Quote::new);
            case Block.Callout callout -> regroup(callout.content(), limit,
                    content -> new Block.Callout(callout.kind(), callout.title(), content));
            default -> pieces(block, room, Block::paragraph);
        };
    }

    private static List<Block> pieces(Block block, int room, Function<String, Block> kind) {
        return TextSplitter.split(PlainText.text(block), room).stream().map(kind).toList();
    }

    /** The children packed into as few containers as fit, each child cut first if it does not fit alone. */
    private static List<Block> regroup(List<Block> children, int limit, Function<List<Block>, Block> container) {
        List<Block> containers = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        for (Block child : children) {
            for (Block piece : cut(child, limit)) {
                current.add(piece);
                if (current.size() > 1 && PlainText.of(current).length() > limit) {
                    current.removeLast();
                    containers.add(container.apply(current));
                    current = new ArrayList<>(List.of(piece));
                }
            }
        }
        if (!current.isEmpty()) {
            containers.add(container.apply(current));
        }
        return containers;
    }
}
