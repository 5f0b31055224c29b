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
 * Keeps article slugs and chunk ids unique across a content folder read in order. An article whose slug an earlier
 * file used is kept under the first free {@code <slug>-2}, {@code <slug>-3}... and reported; a chunk whose id (given
 * by its source, as JSON FAQ ids are) an earlier chunk used is dropped and reported. Both reports name the later
 * file. Positions are renumbered so they stay consecutive. One instance per read of a folder.
 */
public final class DuplicateFilter {

    private final Map<String, Path> slugOwners = new HashMap<>();
    private final Map<String, Path> idOwners = new HashMap<>();

    /** The article without duplicates, or empty when none of its chunks is left; problems go to {@code problems}. */
    public Optional<Article> keep(Article article, List<ContentProblem> problems) {
        Article named = uniquelyNamed(article, problems);
        List<Chunk> chunks = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (Chunk chunk : named.chunks()) {
            Path idOwner = idOwners.putIfAbsent(chunk.id(), named.source());
            if (idOwner == null) {
                chunks.add(chunk.atPosition(chunks.size()));
            } else if (reported.add(chunk.id())) {
                problems.add(new ContentProblem(named.source(), 0,
                        "duplicate chunk id '" + chunk.id() + "', already used by " + idOwner
                                + "; the later chunk is dropped"));
            }
        }
        if (chunks.isEmpty() && !named.chunks().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(chunks.size() == named.chunks().size() ? named
                : new Article(named.slug(), named.title(), named.tags(), named.source(), chunks));
    }

    private Article uniquelyNamed(Article article, List<ContentProblem> problems) {
        Path owner = slugOwners.putIfAbsent(article.slug(), article.source());
        if (owner == null) {
            return article;
        }
        String slug = article.slug();
        for (int n = 2; slugOwners.putIfAbsent(slug, article.source()) != null; n++) {
            slug = article.slug() + "-" + n;
        }
        problems.add(new ContentProblem(article.source(), 0, "duplicate slug '" + article.slug()
                + "', already used by " + owner + "; this page is kept as '" + slug + "'"));
        String newSlug = slug;
        return new Article(newSlug, article.title(), article.tags(), article.source(),
                article.chunks().stream().map(chunk -> chunk.inArticle(newSlug)).toList());
    }
}
