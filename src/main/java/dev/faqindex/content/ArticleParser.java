package dev.faqindex.content;

import java.util.List;
import java.util.Optional;

/** Reads one kind of content file into an article outline. */
interface ArticleParser {

    /**
     * Parses the file's text.
     *
     * @param source the decoded file
     * @param problems where to report parts of the file that were skipped (the rest is still returned)
     * @return the outline, or empty when the file holds nothing usable
     * @throws ContentFormatException when the whole file must be skipped
     */
    Optional<ArticleOutline> parse(SourceText source, List<ContentProblem> problems) throws ContentFormatException;
}
