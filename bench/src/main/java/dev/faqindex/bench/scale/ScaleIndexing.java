package dev.faqindex.bench.scale;

import dev.faqindex.bench.BenchArgs;
import dev.faqindex.bench.BenchFiles;
import dev.faqindex.bench.results.IndexingFigures;
import dev.faqindex.bench.results.ResultFiles;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.index.IndexRefresh;
import dev.faqindex.index.LiveIndex;
import dev.faqindex.semantic.MiniLmEmbedder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Builds faq-index's index of a content set from nothing, as {@code faq-index index} does, and records time, index
 * size and heap: run it in a JVM of its own, with the heap limit under test ({@code -Xmx}).
 *
 * <p>{@code ScaleIndexing --content DIR --index DIR --label 10k --out FILE [--semantic]}
 *
 * <p>Prints the chunks written every {@value Progress#EVERY} chunks, so a long build shows how far it got.
 */
public final class ScaleIndexing {

    private ScaleIndexing() {
    }

    public static void main(String[] args) throws IOException {
        BenchArgs options = new BenchArgs(args, Set.of("semantic"),
                "ScaleIndexing --content DIR --index DIR --label 10k --out FILE [--semantic]");
        Path content = options.path("content");
        Path indexDir = options.path("index");
        boolean semantic = options.flag("semantic");
        BenchFiles.deleteTree(indexDir);
        FaqIndexConfig config = FaqIndexConfig.builder().set(Setting.CONTENT_DIR, content)
                .set(Setting.INDEX_DIR, indexDir).set(Setting.SEMANTIC, semantic).build();
        IndexingFigures figures;
        try (HeapWatcher heap = new HeapWatcher()) {
            long start = System.nanoTime();
            try (LiveIndex index = LiveIndex.open(config, MiniLmEmbedder.shared(), new Progress(start))) {
                double seconds = (System.nanoTime() - start) / 1e9;
                IndexRefresh refresh = index.lastRefresh().orElseThrow();
                if (!refresh.problems().isEmpty()) {
                    throw new IOException("the content set has problems: " + refresh.problems().getFirst());
                }
                figures = new IndexingFigures(options.text("label"), refresh.chunks(), BenchFiles.treeSize(content), semantic,
                        seconds, index.sizeInBytes(), Runtime.getRuntime().maxMemory(), heap.peakAfterGc());
            }
        }
        ResultFiles.write(options.path("out"), figures);
        System.out.printf("indexed %,d chunks in %.1f s (%,.0f chunks/s), index %,d MB, peak heap after GC %,d MB"
                + " of %,d MB%n", figures.chunks(), figures.seconds(), figures.chunksPerSecond(),
                figures.indexBytes() >> 20, figures.peakHeapAfterGcBytes() >> 20, figures.maxHeapBytes() >> 20);
    }

    /** Prints the count of chunks written each time it passes another {@link #EVERY}. */
    private static final class Progress implements IntConsumer {
        static final int EVERY = 10_000;
        private final long startNanos;
        private int printed;

        Progress(long startNanos) {
            this.startNanos = startNanos;
        }

        @Override
        public void accept(int written) {
            if (written / EVERY > printed / EVERY) {
                printed = written;
                double seconds = (System.nanoTime() - startNanos) / 1e9;
                System.out.printf("  %,d chunks written after %.0f s (%,.0f chunks/s)%n", written, seconds,
                        written / seconds);
            }
        }
    }
}
