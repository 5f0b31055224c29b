package dev.faqindex.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One content file as read: the article it gave, if any, and the problems found in it.
 *
 * @param path the file
 * @param name its path below the content folder, with {@code /} separators: the same on every machine
 * @param article the article parsed from it; empty when the file could not be used at all
 * @param problems what was wrong in it (lines or entries skipped, or the whole file); empty when it read cleanly
 */
public record ContentFile(Path path, String name, Optional<Article> article, List<ContentProblem> problems) {

    public ContentFile {
        problems = List.copyOf(problems);
    }

    /** Whether anything in the file could not be used (a file left out on purpose is not broken). */
    public boolean broken() {
        return problems.stream().anyMatch(problem -> !problem.leftOut());
    }
}
