package dev.faqindex.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps article slugs and chunk ids unique across a content folder read in order. An article whose slug an earlier
 * file used is kept under the first free {@code <slug>-2}, {@code <slug>-3}... and reported; a chunk whose id (given
 * by its source, as JSON FAQ ids are) an earlier chunk used is kept too, under the first free {@code <id>-2},
 * {@code <id>-3}..., and reported, so neither replaces the other. Both reports name the later file and the earlier
 * one. One instance per read of a folder.
 */
public final class DuplicateFilter {

    private final Map<String, Path> slugOwners = new HashMap<>();
    private final Map<String, Path> idOwners = new HashMap<>();

    /** The article with unique slug and chunk ids; problems go to {@code problems}. */
    public Article keep(Article article, List<ContentProblem> problems) {
        Article named = uniquelyNamed(article, problems);
        List<Chunk> chunks = new ArrayList<>();
        boolean renamed = false;
        for (Chunk chunk : named.chunks()) {
            Path idOwner = idOwners.putIfAbsent(chunk.id(), named.source());
            if (idOwner == null) {
                chunks.add(chunk);
                continue;
            }
            String id = chunk.id();
            for (int n = 2; idOwners.putIfAbsent(id, named.source()) != null; n++) {
                id = chunk.id() + "-" + n;
            }
            problems.add(new ContentProblem(named.source(), 0, "duplicate chunk id '" + chunk.id()
                    + "', already used by " + idOwner + "; this one is kept as '" + id + "'"));
            chunks.add(chunk.withId(id));
            renamed = true;
        }
        return renamed ? new Article(named.slug(), named.title(), named.tags(), named.source(), chunks) : named;
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
