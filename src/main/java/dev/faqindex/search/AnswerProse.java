package dev.faqindex.search;

import dev.faqindex.content.Chunk;
import dev.faqindex.content.block.Block;
import dev.faqindex.content.block.PlainText;
import java.util.List;

/**
 * The text an answering sentence is taken from (the quick answer, and the snippet of a hit found by meaning alone):
 * a chunk's prose, without its code blocks, tables and figures. A shell transcript or a table row holds a question's
 * words as often as the sentence explaining them, but read out as "the answer" it says nothing; the sentence before
 * the code does. A chunk that is nothing but code, or was made without blocks (a JSON FAQ entry), answers from its
 * whole text.
 */
final class AnswerProse {

    private AnswerProse() {
    }

    /** The prose of {@code chunk} (read with its blocks), or its whole text when it has no prose sentence. */
    static String of(Chunk chunk) {
        List<Block> prose = chunk.blocks().stream().filter(AnswerProse::isProse).toList();
        String text = PlainText.of(prose);
        return AnswerSentences.sentences(text).isEmpty() ? chunk.body() : text;
    }

    private static boolean isProse(Block block) {
        return !(block instanceof Block.CodeBlock || block instanceof Block.Table || block instanceof Block.Figure);
    }
}
