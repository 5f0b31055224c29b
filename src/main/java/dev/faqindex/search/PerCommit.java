package dev.faqindex.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;

/**
 * Values worked out from one index commit that the next queries on it can reuse (a word's spelling correction, its
 * fuzzy expansion, a chunk's title weights), keyed by the commit and what they are of, the least recently used
 * dropped first beyond a bound. A reader without a cache key (none that the server opens) is never cached.
 * Thread-safe.
 *
 * @param <K> what a value is of, within a commit
 * @param <V> the value
 */
final class PerCommit<K, V> {

    /** Works a value out, reading the index. */
    @FunctionalInterface
    interface Work<V> {
        V get() throws IOException;
    }

    private record Key<K>(IndexReader.CacheKey commit, K of) {
    }

    private final Cache<Key<K>, V> values;

    /** Keeps at most {@code bound} values. */
    PerCommit(int bound) {
        values = Caffeine.newBuilder().maximumSize(bound).build();
    }

    /** The value of {@code of} on {@code reader}'s commit: kept, or worked out by {@code work} and kept. */
    V get(IndexReader reader, K of, Work<V> work) throws IOException {
        IndexReader.CacheHelper commit = reader.getReaderCacheHelper();
        if (commit == null) {
            return work.get();
        }
        return load(values, new Key<>(commit.getKey(), of), work);
    }

    /**
     * The value {@code cache} keeps for {@code key}, or the one {@code work} works out, then kept; an I/O error of
     * {@code work} is thrown as such, not wrapped.
     */
    static <K, V> V load(Cache<K, V> cache, K key, Work<V> work) throws IOException {
        try {
            return cache.get(key, missing -> {
                try {
                    return work.get();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
