package dev.faqindex.bench.jmh;

import dev.faqindex.bench.latency.LatencyQueries;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.search.SearchMode;
import dev.faqindex.search.SearchRequest;
import dev.faqindex.search.SearchResult;
import dev.faqindex.search.SearchService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Latency of one search as {@code /api/search} runs it (a page of ten with snippets and facet counts), in-process,
 * sampled call by call over the latency query set. Parameters: {@code content} and {@code index} (an index already
 * built for the mode: embeddings for {@code hybrid}), {@code mode}, {@code shared} (the shared material folder).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchLatencyBenchmark {

    @Param("target/bench/corpus-10k")
    public String content;

    @Param("target/bench/index-10k")
    public String index;

    @Param("lexical")
    public String mode;

    @Param("../shared")
    public String shared;

    private LiveIndex liveIndex;
    private SearchService search;
    private SearchMode searchMode;
    private List<String> queries;

    /** Which query a thread sends next. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void open() throws IOException {
        searchMode = SearchMode.fromLabel(mode);
        FaqIndexConfig config = FaqIndexConfig.builder().set(Setting.CONTENT_DIR, Path.of(content))
                .set(Setting.INDEX_DIR, Path.of(index)).set(Setting.SEMANTIC, searchMode != SearchMode.LEXICAL)
                .set(Setting.SEARCH_CACHE_SIZE, 0) // every call searched: repeated queries would hit the cache
                .build();
        liveIndex = LiveIndex.openForServing(config);
        if (!liveIndex.ready()) {
            liveIndex.close();
            throw new IllegalStateException("no usable index for " + mode + " in " + index + "; build it first");
        }
        search = new SearchService(liveIndex, config.search());
        queries = LatencyQueries.read(Path.of("."), Path.of(shared));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        LiveIndex opened = liveIndex;
        try (opened) {
            search.close();
        }
    }

    @Benchmark
    public SearchResult search(Cursor cursor) throws IOException {
        String query = queries.get(cursor.next++ % queries.size());
        return search.search(
                new SearchRequest(query, SearchRequest.DEFAULT_LIMIT, 0, Optional.empty()).withMode(searchMode));
    }
}
