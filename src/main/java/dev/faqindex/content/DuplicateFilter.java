package dev.faqindex.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps article slugs and chunk ids unique across a content folder read in order: an article whose slug an earlier
 * file used is dropped, and so is a chunk whose id an earlier chunk used; each drop is reported against the later
 * file. Positions are renumbered so they stay consecutive. One instance per read of a folder.
 */
public final class DuplicateFilter {

    private final Map<String, Path> slugOwners = new HashMap<>();
    private final Map<String, Path> idOwners = new HashMap<>();

    /** The article without duplicates, or empty when its slug is taken; drops are added to {@code problems}. */
    public Optional<Article> keep(Article article, List<ContentProblem> problems) {
        Path slugOwner = slugOwners.putIfAbsent(article.slug(), article.source());
        if (slugOwner != null) {
            problems.add(new ContentProblem(article.source(), 0,
                    "duplicate slug '" + article.slug() + "', already used by " + slugOwner + "; the file is skipped"));
            return Optional.empty();
        }
        List<Chunk> chunks = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (Chunk chunk : article.chunks()) {
            Path idOwner = idOwners.putIfAbsent(chunk.id(), article.source());
            if (idOwner == null) {
                chunks.add(chunk.atPosition(chunks.size()));
            } else if (reported.add(chunk.id())) {
                problems.add(new ContentProblem(article.source(), 0,
                        "duplicate chunk id '" + chunk.id() + "', already used by " + idOwner
                                + "; the later chunk is dropped"));
            }
        }
        return Optional.of(chunks.size() == article.chunks().size() ? article
                : new Article(article.slug(), article.title(), article.tags(), article.source(), chunks));
    }
}
