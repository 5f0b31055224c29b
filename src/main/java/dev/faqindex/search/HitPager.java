package dev.faqindex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.ScoreDoc;

/**
 * The page of a ranking that a search asked for: a slice of its hits, or, when grouping by article, a slice of its
 * articles, each with its best hits.
 */
final class HitPager {

    /** How many ranked hits grouping looks at to form groups. */
    static final int GROUPING_DEPTH = 1000;
    /** Hits shown per group. */
    static final int HITS_PER_GROUP = 3;

    /**
     * One page.
     *
     * @param hits the hits of the page, best first (empty when grouping)
     * @param groups the groups of the page when grouping, best first; otherwise {@code null}
     * @param hasMore whether the next page has hits (or groups)
     */
    record Page(List<SearchHit> hits, List<SearchResult.HitGroup> groups, boolean hasMore) {
    }

    private final HitRenderer renderer;

    HitPager(HitRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * How many of the best chunks {@code request}'s page is made from: enough for the page once the parts of split
     * sections collapse ({@link SplitSections#depth}), or the grouping depth.
     */
    static int depth(SearchRequest request) {
        return request.groupByArticle() ? GROUPING_DEPTH : SplitSections.depth(request.offset() + request.limit());
    }

    /**
     * The page of {@code ranked} that {@code request} asks for, each split section once ({@link SplitSections}),
     * explained when it asks.
     */
    Page page(Ranked ranked, SearchRequest request) throws IOException {
        Optional<HitExplainer> explainer = request.explain()
                ? Optional.of(new HitExplainer(ranked.searcher(), ranked.lexical().built()))
                : Optional.empty();
        if (request.groupByArticle()) {
            return groups(ranked, request, explainer);
        }
        ScoreDoc[] shown = SplitSections.distinct(ranked.searcher(), ranked.top());
        ScoreDoc[] page = slice(shown, request.offset(), request.limit());
        boolean rankedEveryMatch = ranked.top().length >= ranked.total();
        boolean hasMore = shown.length > request.offset() + request.limit() || !rankedEveryMatch;
        return new Page(renderer.render(ranked, page, explainer), null, hasMore);
    }

    private Page groups(Ranked ranked, SearchRequest request, Optional<HitExplainer> explainer) throws IOException {
        Map<String, List<ScoreDoc>> byArticle = new LinkedHashMap<>();
        for (ScoreDoc scoreDoc : ranked.top()) {
            String article = ChunkStore.articleOf(ranked.searcher(), scoreDoc.doc);
            byArticle.computeIfAbsent(article, a -> new ArrayList<>()).add(scoreDoc);
        }
        // Each group counts its matching chunks, as the total does, and shows each of its sections once.
        List<SearchResult.HitGroup> groups = new ArrayList<>();
        int skipped = 0;
        for (List<ScoreDoc> docs : byArticle.values()) {
            if (skipped++ < request.offset()) {
                continue;
            }
            if (groups.size() == request.limit()) {
                break;
            }
            ScoreDoc[] sections = SplitSections.distinct(ranked.searcher(), docs.toArray(ScoreDoc[]::new));
            ScoreDoc[] best = Arrays.copyOf(sections, Math.min(HITS_PER_GROUP, sections.length));
            List<SearchHit> hits = renderer.render(ranked, best, explainer);
            groups.add(new SearchResult.HitGroup(hits.get(0).article(), docs.size(), hits));
        }
        return new Page(List.of(), groups, byArticle.size() > request.offset() + groups.size());
    }

    private static ScoreDoc[] slice(ScoreDoc[] ranked, int offset, int limit) {
        if (offset >= ranked.length) {
            return new ScoreDoc[0];
        }
        int end = Math.min(ranked.length, offset + limit);
        ScoreDoc[] page = new ScoreDoc[end - offset];
        System.arraycopy(ranked, offset, page, 0, page.length);
        return page;
    }
}
