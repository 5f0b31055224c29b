package dev.faqindex.bench.jmh;

import dev.faqindex.bench.BenchFiles;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.index.LiveIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Time to build a lexical index of a content folder from nothing, as {@code faq-index index --no-semantic} does
 * (read, parse, chunk, analyse, write, commit): one build per invocation into a fresh folder. The report divides
 * the folder's chunk count by it for chunks per second. Parameter: {@code content}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IndexingBenchmark {

    @Param("target/bench/corpus-10k")
    public String content;

    private Path indexDir;

    @Setup(Level.Invocation)
    public void freshFolder() throws IOException {
        indexDir = Files.createTempDirectory("faq-index-jmh");
    }

    @TearDown(Level.Invocation)
    public void removeFolder() throws IOException {
        BenchFiles.deleteTree(indexDir);
    }

    @Benchmark
    public int build() throws IOException {
        FaqIndexConfig config = FaqIndexConfig.builder().set(Setting.CONTENT_DIR, Path.of(content))
                .set(Setting.INDEX_DIR, indexDir).set(Setting.SEMANTIC, false).build();
        try (LiveIndex index = LiveIndex.open(config)) {
            return index.lastRefresh().orElseThrow().chunks();
        }
    }
}
