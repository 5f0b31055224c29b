package dev.faqindex.search;

import java.util.List;

/**
 * A page of the indexed articles, in slug order: for sitemaps, browsing and checking what an ingestion kept.
 *
 * @param total how many articles the index holds
 * @param articles the page asked for
 */
public record ArticleList(int total, List<ArticleSummary> articles) {

    public ArticleList {
        articles = List.copyOf(articles);
    }
}
