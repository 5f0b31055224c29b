package dev.faqindex.bench.latency;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.content.Article;
import dev.faqindex.content.Chunk;
import dev.faqindex.content.ContentLoader;
import dev.faqindex.content.ContentProblem;
import dev.faqindex.content.DuplicateFilter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the chunks of a content folder in batches, as faq-index's loader makes them (same chunking, duplicates
 * dropped), so a peer can load a million chunks without holding them all.
 */
public final class ChunkBatches {

    /** Receives one batch of chunks. */
    @FunctionalInterface
    public interface Sink {
        void accept(List<Chunk> batch) throws IOException;
    }

    private ChunkBatches() {
    }

    /**
     * Hands every chunk of {@code contentDir} to {@code sink}, {@code size} at a time; returns the chunk count.
     *
     * @throws IOException when the folder has content problems (a benchmark corpus must load cleanly)
     */
    public static long read(Path contentDir, int size, Sink sink) throws IOException {
        DuplicateFilter duplicates = new DuplicateFilter();
        List<ContentProblem> problems = new ArrayList<>();
        List<Chunk> batch = new ArrayList<>(size);
        long[] total = {0};
        new ContentLoader(FaqIndexConfig.DEFAULT_MAX_CHUNK_CHARS).read(contentDir, file -> {
            problems.addAll(file.problems());
            List<Chunk> chunks = file.article().map(a -> duplicates.keep(a, problems)).map(Article::chunks)
                    .orElse(List.of());
            for (Chunk chunk : chunks) {
                batch.add(chunk);
                total[0]++;
                if (batch.size() == size) {
                    sink.accept(List.copyOf(batch));
                    batch.clear();
                }
            }
        });
        if (!batch.isEmpty()) {
            sink.accept(List.copyOf(batch));
        }
        if (!problems.isEmpty()) {
            throw new IOException(problems.size() + " content problems in " + contentDir + ", first: "
                    + problems.getFirst());
        }
        return total[0];
    }
}
