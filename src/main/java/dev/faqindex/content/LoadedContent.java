package dev.faqindex.content;

import java.util.List;

/**
 * Everything read from a content folder: the articles that parsed, the problems found, and a fingerprint of the
 * files so that an index can tell whether it is up to date.
 *
 * @param articles parsed articles, sorted by source path
 * @param problems files (and lines) that could not be used; the rest is still in {@code articles}
 * @param fingerprint SHA-256 (hex) over the relative paths and bytes of every content file read
 * @param tally how the files fared: read, indexed, with problems, dropped, left out
 */
public record LoadedContent(List<Article> articles, List<ContentProblem> problems, String fingerprint,
        ContentTally tally) {

    public LoadedContent {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /** All chunks of all articles, in article then reading order. */
    public List<Chunk> chunks() {
        return articles.stream().flatMap(a -> a.chunks().stream()).toList();
    }
}
