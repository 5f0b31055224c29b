package dev.faqindex.content.parse;

import dev.faqindex.content.ContentProblem;
import java.util.List;
import java.util.Optional;

/**
 * The seam between the content folder and one content format: reads one kind of file (Markdown, HTML, plain text, a
 * JSON FAQ) into an article outline made of {@link dev.faqindex.content.block.Block}s. Implementations are
 * stateless and thread-safe.
 */
public interface ArticleParser {

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
