package dev.faqindex.bench.corpus;

import java.util.List;

/**
 * One generated article before it is written in a file format.
 *
 * @param slug unique slug, also the file's base name
 * @param title the article title
 * @param tags the article's tags
 * @param sections headed sections (one chunk each)
 * @param faqs questions with their answers (one chunk each)
 */
record GeneratedArticle(String slug, String title, List<String> tags, List<Entry> sections, List<Entry> faqs) {

    GeneratedArticle {
        tags = List.copyOf(tags);
        sections = List.copyOf(sections);
        faqs = List.copyOf(faqs);
    }

    /** Chunks the loader makes of this article. */
    int chunks() {
        return sections.size() + faqs.size();
    }

    /**
     * A heading or question and the text under it.
     *
     * @param title the heading, or the question
     * @param paragraphs the text, one string per paragraph; a paragraph starting with {@code "- "} is a list of one
     *     item per line
     */
    record Entry(String title, List<String> paragraphs) {

        Entry {
            paragraphs = List.copyOf(paragraphs);
        }
    }
}
