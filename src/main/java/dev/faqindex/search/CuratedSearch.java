package dev.faqindex.search;

import dev.faqindex.rules.RuleSet;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;

/**
 * One search as a page of results: the query rules in force applied to the pipeline's ranking, the requested page
 * rendered with its quick answer, and the page kept in the result cache for the same request on the same commit,
 * synonyms and rules. Also ranks the chunks a retrieval quotes from, with the same rules.
 */
record CuratedSearch(Searchers searchers, SynonymFile synonyms, RulesInForce rules, SearchPipeline pipeline,
        HitPager pager, QuickAnswers answers, ResultCache cache) {

    /** The page of results {@code request} asks for, ranked in {@code mode}. */
    SearchResult search(SearchRequest request, SearchMode mode) throws IOException {
        long start = System.nanoTime();
        SearchRequest resolved = request.withMode(mode); // one cache entry whether the mode was named or implied
        RuleSet ruleSet = rules.file().current();
        return searchers.use(searcher -> {
            Analyzer analyzer = synonyms.queryAnalyzer();
            // The key holds the whole request, its audience included: a page made for an agent is never a public one.
            ResultCache.Key key = new ResultCache.Key(searcher.getIndexReader().getReaderCacheHelper().getKey(),
                    analyzer, ruleSet, resolved, mode);
            Optional<SearchResult> cached = cache.get(key);
            if (cached.isPresent()) {
                return cached.get().withTookMs(millisSince(start));
            }
            Curation curation = rules.curation(ruleSet, request.query());
            Curation.Applied applied = pipeline.rankCurated(searcher, analyzer, new SearchPipeline.Request(
                    request.query(), mode, request.filters(), HitPager.depth(request), true, curation));
            Ranked ranked = applied.ranked();
            HitPager.Page page = pager.page(ranked, request);
            List<SearchHit> hits = request.explain() ? applied.noted(page.hits()) : page.hits();
            List<String> fired = curation.ruleIds();
            SearchResult result = new SearchResult(request.query(), ranked.total(), millisSince(start), hits,
                    ranked.suggestion(), ranked.facets(), page.groups(), mode.label(), ranked.timedOut(),
                    request.offset() == 0 ? answers.of(ranked) : null, page.hasMore(),
                    request.explain() ? fired : null, fired, null);
            if (!result.timedOut()) {
                cache.put(key, result); // a page cut short by the time limit is not the answer to keep
            }
            return result;
        });
    }

    /** The best {@code depth} chunks for {@code text}, each section once, without counts. */
    Retrieval rank(String text, SearchMode mode, Filters filters, int depth) throws IOException {
        Curation curation = rules.curation(text);
        SearchPipeline.Request request = new SearchPipeline.Request(text, mode, filters, SplitSections.depth(depth),
                false, curation);
        return searchers.use(searcher -> {
            Curation.Applied applied = pipeline.rankCurated(searcher, synonyms.queryAnalyzer(), request);
            List<Ranked.RankedChunk> chunks = SplitSections.collapse(applied.ranked()).chunks();
            return new Retrieval(chunks.subList(0, Math.min(depth, chunks.size())), curation.ruleIds(),
                    applied.pinned());
        });
    }

    /** Milliseconds since {@code startNanos} ({@link System#nanoTime}), as a result's {@code tookMs}. */
    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
