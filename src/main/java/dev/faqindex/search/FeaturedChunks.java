package dev.faqindex.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * The list a search box shows before anything is typed: the chunks that the query rules for the empty query pin, in
 * their order, each only when the filters and the audience let it through.
 */
record FeaturedChunks(Searchers searchers, RulesInForce rules, HitPager pager) {

    /** The pinned chunks {@code filters} let through, at most {@code limit}; an empty result when none is pinned. */
    SearchResult list(Filters filters, int limit) throws IOException {
        long start = System.nanoTime();
        Curation curation = rules.curation("");
        if (curation.isEmpty()) {
            return new SearchResult("", 0, CuratedSearch.millisSince(start), List.of(), null, Map.of(), null,
                    SearchMode.LEXICAL.label(), false, null, false, null, List.of(), null);
        }
        return searchers.use(searcher -> {
            Ranked none = new Ranked(searcher, ModeRanker.Lexical.rewrite(searcher, new MatchNoDocsQuery()), null,
                    new ScoreDoc[0], 0, Map.of(), Map.of(), QueryWords.of(""), null);
            Optional<Query> allowed = filters.asQuery();
            if (curation.restriction().isPresent()) {
                allowed = Optional.of(allowed.map(q -> (Query) new BooleanQuery.Builder()
                        .add(q, BooleanClause.Occur.FILTER)
                        .add(curation.restriction().get(), BooleanClause.Occur.FILTER).build())
                        .orElse(curation.restriction().get()));
            }
            Ranked pinned = curation.apply(none, allowed, limit).ranked();
            List<SearchHit> hits = pager.page(pinned, new SearchRequest("featured", limit, 0, Optional.empty()))
                    .hits();
            return new SearchResult("", hits.size(), CuratedSearch.millisSince(start), hits, null, Map.of(), null,
                    SearchMode.LEXICAL.label(), false, null, false, null, curation.ruleIds(), null);
        });
    }
}
