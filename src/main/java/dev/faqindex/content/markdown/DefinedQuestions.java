package dev.faqindex.content.markdown;

import dev.faqindex.content.block.Block;
import dev.faqindex.content.block.PlainText;
import dev.faqindex.content.parse.OutlineSection;
import java.util.ArrayList;
import java.util.List;

/**
 * FAQs written as definition lists: in an FAQ section, each definition term that ends with {@code ?} is a question,
 * and its definitions with the blocks after them, up to the next such term, are its answer.
 */
final class DefinedQuestions {

    private DefinedQuestions() {
    }

    /** The blocks before the first question. */
    static List<Block> before(List<Block> blocks) {
        int first = nextQuestion(blocks, 0);
        return blocks.subList(0, first);
    }

    /** One FAQ entry per question, under {@code headings}. */
    static List<OutlineSection> entries(List<String> headings, List<Block> blocks) {
        List<OutlineSection> entries = new ArrayList<>();
        int start = nextQuestion(blocks, 0);
        while (start < blocks.size()) {
            int end = nextQuestion(blocks, start + 1);
            List<String> path = new ArrayList<>(headings);
            path.add(PlainText.text(blocks.get(start)));
            List<Block> answer = blocks.subList(start + 1, end).stream()
                    .map(block -> block instanceof Block.Definition definition
                            ? new Block.Paragraph(definition.content()) : block)
                    .toList();
            entries.add(OutlineSection.faq(path, answer));
            start = end;
        }
        return entries;
    }

    private static int nextQuestion(List<Block> blocks, int from) {
        for (int i = from; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Term && PlainText.text(blocks.get(i)).strip().endsWith("?")) {
                return i;
            }
        }
        return blocks.size();
    }
}
