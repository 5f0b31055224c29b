package dev.faqindex.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import dev.faqindex.rules.RuleSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;

/**
 * The result pages of recent searches, so that the queries many people type (and the prefixes a search box sends
 * while they type) are answered without searching again. An entry belongs to one index commit and one version of
 * the synonyms and query rules: its key holds the reader's cache key, the query analyzer and the rule set, so a
 * reindex or an edit of either file makes every older entry unreachable (it then ages out). Bounded by entry count,
 * least recently used first out (Caffeine's W-TinyLFU), and by idle time: an entry unused for {@link #IDLE} goes, so
 * the pages of an older commit do not stay in memory until newer searches push them out.
 */
final class ResultCache {

    /** How long an entry nobody asks for is kept. */
    static final Duration IDLE = Duration.ofMinutes(10);

    /**
     * What makes two searches the same: the commit, the synonyms, the query rules, the request (with its audience:
     * a page made for an agent never answers the public) and the mode.
     */
    record Key(IndexReader.CacheKey reader, Analyzer synonyms, RuleSet rules, SearchRequest request, SearchMode mode) {
    }

    private final Optional<Cache<Key, SearchResult>> pages;
    private final LongAdder uncachedMisses = new LongAdder();

    private ResultCache(Optional<Cache<Key, SearchResult>> pages) {
        this.pages = pages;
    }

    /** A cache of at most {@code entries} result pages; 0 keeps none. */
    static ResultCache ofSize(int entries) {
        return new ResultCache(entries == 0 ? Optional.empty()
                : Optional.of(Caffeine.newBuilder().maximumSize(entries).expireAfterAccess(IDLE)
                        .recordStats().build()));
    }

    Optional<SearchResult> get(Key key) {
        if (pages.isEmpty()) {
            uncachedMisses.increment();
            return Optional.empty();
        }
        return Optional.ofNullable(pages.get().getIfPresent(key));
    }

    void put(Key key, SearchResult result) {
        pages.ifPresent(cache -> cache.put(key, result));
    }

    /** Searches answered from the cache so far. */
    long hits() {
        return pages.map(cache -> cache.stats().hitCount()).orElse(0L);
    }

    /** Searches that had to run so far. */
    long misses() {
        return pages.map(cache -> cache.stats().missCount()).orElse(uncachedMisses.sum());
    }
}
