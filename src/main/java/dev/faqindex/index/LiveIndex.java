package dev.faqindex.index;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.content.Chunk;
import dev.faqindex.content.ContentLoader;
import dev.faqindex.content.ContentProblem;
import dev.faqindex.content.LoadedContent;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The index a server or command searches: opens the index folder, rebuilds it when the content folder changed
 * (by content fingerprint and schema version), and hands out searchers through a {@link SearcherManager}.
 *
 * <p>A rebuild writes a complete new commit with {@link IndexWriterConfig.OpenMode#CREATE} and only then refreshes
 * the searchers, so searches running meanwhile keep the previous commit and never see a half-built index; a crash
 * mid-build leaves the previous commit on disk.
 */
public final class LiveIndex implements Closeable {

    private final FaqIndexConfig config;
    private final Directory directory;
    private final SearcherManager searchers;
    private volatile List<ContentProblem> problems;
    private volatile IndexCommitInfo commitInfo;
    private volatile IndexRefresh lastRefresh;

    private LiveIndex(FaqIndexConfig config, Directory directory, IndexRefresh first) throws IOException {
        this.config = config;
        this.directory = directory;
        this.searchers = new SearcherManager(directory, null);
        this.problems = first.problems();
        this.commitInfo = IndexCommitInfo.readLatest(directory).orElseThrow();
        this.lastRefresh = first;
    }

    /**
     * Opens the index in {@code config.indexDir()}, first building or rebuilding it when it is missing or does not
     * match the content in {@code config.contentDir()}.
     *
     * @throws NoSuchFileException when the content folder does not exist
     */
    public static LiveIndex open(FaqIndexConfig config) throws IOException {
        if (!Files.isDirectory(config.contentDir())) {
            throw new NoSuchFileException(config.contentDir().toString(), null, "content folder not found");
        }
        Files.createDirectories(config.indexDir());
        Directory directory = FSDirectory.open(config.indexDir());
        try {
            IndexRefresh first = bringUpToDate(config, directory, false);
            return new LiveIndex(config, directory, first);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Re-reads the content folder and rebuilds the index if anything changed (or always, with {@code force}); the
     * searchers switch to the new commit atomically.
     */
    public synchronized IndexRefresh refresh(boolean force) throws IOException {
        IndexRefresh refresh = bringUpToDate(config, directory, force);
        if (refresh.rebuilt()) {
            searchers.maybeRefreshBlocking();
            commitInfo = IndexCommitInfo.readLatest(directory).orElseThrow();
        }
        problems = refresh.problems();
        lastRefresh = refresh;
        return refresh;
    }

    /** The searchers over the current commit; acquire and release each use. */
    public SearcherManager searchers() {
        return searchers;
    }

    /** Problems found in the content folder by the last load. */
    public List<ContentProblem> problems() {
        return problems;
    }

    /** What the serving commit was built from. */
    public IndexCommitInfo commitInfo() {
        return commitInfo;
    }

    /** The last refresh (including the one made when opening). */
    public IndexRefresh lastRefresh() {
        return lastRefresh;
    }

    public FaqIndexConfig config() {
        return config;
    }

    @Override
    public void close() throws IOException {
        try (directory) {
            searchers.close();
        }
    }

    private static IndexRefresh bringUpToDate(FaqIndexConfig config, Directory directory, boolean force)
            throws IOException {
        long start = System.nanoTime();
        LoadedContent content = new ContentLoader(config.maxChunkChars()).load(config.contentDir());
        Optional<IndexCommitInfo> existing = IndexCommitInfo.readLatest(directory);
        boolean current = existing.isPresent() && existing.get().isCurrentFor(content.fingerprint());
        if (current && !force) {
            return new IndexRefresh(false, existing.get().chunks(), content.articles().size(), content.problems(),
                    elapsedMs(start));
        }
        List<Chunk> chunks = content.chunks();
        IndexWriterConfig writerConfig = new IndexWriterConfig(EnglishTextAnalyzer.forIndexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(directory, writerConfig)) {
            for (Chunk chunk : chunks) {
                writer.addDocument(ChunkDocuments.toDocument(chunk));
            }
            IndexCommitInfo info = new IndexCommitInfo(
                    content.fingerprint(), ChunkFields.SCHEMA_VERSION, chunks.size(), Instant.now());
            writer.setLiveCommitData(info.toUserData().entrySet());
            writer.commit();
        }
        return new IndexRefresh(true, chunks.size(), content.articles().size(), content.problems(), elapsedMs(start));
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
