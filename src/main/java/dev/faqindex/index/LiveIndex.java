package dev.faqindex.index;

import static dev.faqindex.config.Setting.CONTENT_DIR;
import static dev.faqindex.config.Setting.INDEX_DIR;
import static dev.faqindex.config.Setting.SEMANTIC;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.content.ContentProblem;
import dev.faqindex.semantic.EmbeddingText;
import dev.faqindex.semantic.MiniLmEmbedder;
import dev.faqindex.semantic.TextEmbedder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index a server or command searches: opens the index folder, rebuilds it when the content folder changed
 * (by content fingerprint and schema version), and hands out searchers through a {@link SearcherManager}.
 *
 * <p>A rebuild ({@link IndexBuilder}) writes a complete new commit and only then refreshes the searchers, so searches
 * running meanwhile keep the previous commit and never see a half-built index; a crash mid-build leaves the previous
 * commit on disk. A content file that breaks keeps its last good version in the index.
 *
 * <p>One process at a time has an index folder open ({@link IndexFolderLock}): another server or command on the same
 * folder is refused with an {@link IndexFolderInUseException}.
 *
 * <p>It is given the content and index settings ({@code config.part(CONTENT, INDEX)}). With the {@code semantic}
 * setting on, every chunk also gets an embedding ({@link EmbeddingText}); a
 * rebuild reuses the previous commit's vectors for chunks whose text did not change.
 */
public final class LiveIndex implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveIndex.class);

    private final FaqIndexConfig config;
    private final TextEmbedder embedder;
    private final Directory directory;
    private final IndexFolderLock folderLock;
    private final SearcherManager searchers;
    private final List<ReaderWarmer> warmers = new CopyOnWriteArrayList<>();
    private volatile Optional<IndexCommitInfo> commitInfo;
    private volatile Optional<IndexRefresh> lastRefresh;
    private volatile boolean readinessHeld;

    private LiveIndex(FaqIndexConfig config, TextEmbedder embedder, OwnedDirectory owned,
            Optional<IndexRefresh> first) throws IOException {
        this.config = config;
        this.embedder = embedder;
        this.directory = owned.directory();
        this.folderLock = owned.lock();
        this.searchers = new SearcherManager(directory, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                warm(reader);
                return new IndexSearcher(reader);
            }
        });
        this.commitInfo = IndexCommitInfo.readLatest(directory);
        this.lastRefresh = first;
    }

    /**
     * Opens the index in the {@code index.dir} folder, first building or rebuilding it when it is missing or does not
     * match the content in the {@code content.dir} folder.
     *
     * @throws NoSuchFileException when the content folder does not exist
     */
    public static LiveIndex open(FaqIndexConfig config) throws IOException {
        return open(config, MiniLmEmbedder.shared(), chunks -> { });
    }

    /**
     * Like {@link #open(FaqIndexConfig)}, embedding with {@code embedder} when {@code semantic} is on and telling
     * {@code progress} the number of chunks written so far while a rebuild runs.
     */
    public static LiveIndex open(FaqIndexConfig config, TextEmbedder embedder, IntConsumer progress)
            throws IOException {
        OwnedDirectory owned = openDirectory(config);
        try {
            IndexRefresh first = new IndexBuilder(config, embedder, owned.directory(), progress).bringUpToDate(false);
            return new LiveIndex(config, embedder, owned, Optional.of(first));
        } catch (IOException | RuntimeException e) {
            owned.close();
            throw e;
        }
    }

    /** Like {@link #open(FaqIndexConfig)} with another embedder. */
    public static LiveIndex open(FaqIndexConfig config, TextEmbedder embedder) throws IOException {
        return open(config, embedder, chunks -> { });
    }

    /**
     * Opens the index for a server that must answer at once: the commit already in the folder serves as it is
     * (even if the content changed since), and the caller brings it up to date with {@link #refresh} in the
     * background. With no usable commit (none yet, or one of an older schema) the index starts empty and
     * {@link #ready()} is false until the first refresh.
     */
    public static LiveIndex openForServing(FaqIndexConfig config) throws IOException {
        return openForServing(config, MiniLmEmbedder.shared());
    }

    /** Like {@link #openForServing(FaqIndexConfig)}, embedding with {@code embedder}. */
    public static LiveIndex openForServing(FaqIndexConfig config, TextEmbedder embedder) throws IOException {
        OwnedDirectory owned = openDirectory(config);
        try {
            Optional<IndexCommitInfo> existing = IndexCommitInfo.readLatest(owned.directory());
            boolean usable = existing.isPresent()
                    && existing.get().schemaVersion().equals(ChunkFields.schemaFor(config.flag(SEMANTIC)));
            if (!usable) {
                writeEmptyCommit(owned.directory());
            }
            return new LiveIndex(config, embedder, owned, Optional.empty());
        } catch (IOException | RuntimeException e) {
            owned.close();
            throw e;
        }
    }

    /**
     * Opens the index of a replica, whose commits are copied from a primary rather than built here: the commit in the
     * folder (if any) serves as it is, whatever its schema, and {@link #ready()} stays false until
     * {@link #releaseReadiness()}, so that a replica says it is ready only once it has caught up (or found the primary
     * away). Every file of that commit is read and checked against its checksum first; a damaged one (a crash, a bad
     * disk) makes the replica start empty and copy the commit again. The content folder, which the copies fill, is
     * made when missing. Like the other roles it claims the index folder, so a second process on it stops at once.
     */
    public static LiveIndex openReplica(FaqIndexConfig config, TextEmbedder embedder) throws IOException {
        Files.createDirectories(config.folder(CONTENT_DIR));
        OwnedDirectory owned = openDirectory(config);
        try {
            Directory directory = owned.directory();
            Optional<String> damaged = DirectoryReader.indexExists(directory)
                    ? CommitIntegrity.firstDamaged(directory) : Optional.of("no index yet");
            if (damaged.isPresent()) {
                if (DirectoryReader.indexExists(directory)) {
                    LOG.warn("The copied index in {} is damaged ({}); starting empty and copying it again",
                            config.folder(INDEX_DIR), damaged.get());
                }
                writeEmptyCommit(directory);
            }
            LiveIndex index = new LiveIndex(config, embedder, owned, Optional.empty());
            index.readinessHeld = true;
            return index;
        } catch (IOException | RuntimeException e) {
            owned.close();
            throw e;
        }
    }

    /** The index folder opened, and this process's claim on it. */
    private record OwnedDirectory(Directory directory, IndexFolderLock lock) implements Closeable {
        @Override
        public void close() throws IOException {
            try (directory; lock) {
                // the claim goes first, then the folder
            }
        }
    }

    /**
     * Opens the index folder (made when missing) and claims it for this process.
     *
     * @throws NoSuchFileException when the content folder does not exist
     * @throws IndexFolderInUseException when another faq-index has the index folder open
     */
    private static OwnedDirectory openDirectory(FaqIndexConfig config) throws IOException {
        if (!Files.isDirectory(config.folder(CONTENT_DIR))) {
            throw new NoSuchFileException(config.folder(CONTENT_DIR).toString(), null, "content folder not found");
        }
        Path folder = config.folder(INDEX_DIR);
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        try {
            return new OwnedDirectory(directory, IndexFolderLock.claim(directory, folder));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** A commit with no documents and no faq-index data, so searchers can open and the next refresh rebuilds. */
    private static void writeEmptyCommit(Directory directory) throws IOException {
        IndexWriterConfig writerConfig = new IndexWriterConfig(ChunkDocuments.writingAnalyzer())
                .setCodec(new ChunkCodec())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter writer = new IndexWriter(directory, writerConfig)) {
            writer.commit();
        }
    }

    /**
     * Re-reads the content folder and rebuilds the index if anything changed (or always, with {@code force}); the
     * searchers switch to the new commit atomically. One refresh runs at a time.
     */
    public synchronized IndexRefresh refresh(boolean force) throws IOException {
        return refresh(force, chunks -> { });
    }

    /** Like {@link #refresh(boolean)}, telling {@code progress} the chunks written so far. */
    public synchronized IndexRefresh refresh(boolean force, IntConsumer progress) throws IOException {
        IndexRefresh refresh = new IndexBuilder(config, embedder, directory, progress).bringUpToDate(force);
        if (refresh.rebuilt()) {
            searchers.maybeRefreshBlocking();
            commitInfo = IndexCommitInfo.readLatest(directory);
        }
        lastRefresh = Optional.of(refresh);
        return refresh;
    }

    /**
     * Switches the searchers to the latest commit in the folder, one that something other than {@link #refresh} put
     * there (a replica's copy of its primary's commit). Searches running meanwhile finish on the previous commit.
     */
    public synchronized void reopen() throws IOException {
        searchers.maybeRefreshBlocking();
        commitInfo = IndexCommitInfo.readLatest(directory);
    }

    /**
     * Whether the serving commit is a complete faq-index build (false only before the first build finished, and on a
     * replica until {@link #releaseReadiness()}).
     */
    public boolean ready() {
        return commitInfo.isPresent() && !readinessHeld;
    }

    /** Lets a replica's index say it is ready once it serves a complete commit ({@link #openReplica}). */
    public void releaseReadiness() {
        readinessHeld = false;
    }

    /** The Lucene directory of the index folder, for copying its commits to replicas and installing copies. */
    public Directory directory() {
        return directory;
    }

    /**
     * Has {@code warmer} prepare every new reader of this index before the searchers switch to it (the reader serving
     * now is the caller's to warm). Warmers run on the thread that refreshes, one after another.
     */
    public void addWarmer(ReaderWarmer warmer) {
        warmers.add(warmer);
    }

    /** Stops calling {@code warmer}. */
    public void removeWarmer(ReaderWarmer warmer) {
        warmers.remove(warmer);
    }

    private void warm(IndexReader reader) {
        for (ReaderWarmer warmer : warmers) {
            try {
                warmer.warm(reader);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Warming a new index reader failed; the first searches on it will do that work", e);
            }
        }
    }

    /** The searchers over the current commit; acquire and release each use. */
    public SearcherManager searchers() {
        return searchers;
    }

    /** Content problems recorded with the serving commit. */
    public List<ContentProblem> problems() {
        return commitInfo.map(IndexCommitInfo::problems).orElse(List.of());
    }

    /** What the serving commit was built from; empty before the first build. */
    public Optional<IndexCommitInfo> commitInfo() {
        return commitInfo;
    }

    /** The last refresh (including the one made by {@link #open}); empty when none has run yet. */
    public Optional<IndexRefresh> lastRefresh() {
        return lastRefresh;
    }

    /** The content and index settings it was opened with. */
    public FaqIndexConfig config() {
        return config;
    }

    /** The content folder the index is built from. */
    public Path contentDir() {
        return config.folder(CONTENT_DIR);
    }

    /** Bytes the index folder takes on disk. */
    public long sizeInBytes() throws IOException {
        long total = 0;
        for (String file : directory.listAll()) {
            try {
                total += directory.fileLength(file);
            } catch (NoSuchFileException e) {
                // deleted by a concurrent commit: no longer part of the index
            }
        }
        return total;
    }

    /** The model that embedded the chunks, for embedding queries; empty when the serving commit has no vectors. */
    public Optional<TextEmbedder> embedder() {
        return commitInfo.filter(IndexCommitInfo::hasVectors).map(info -> embedder);
    }

    @Override
    public void close() throws IOException {
        try (directory; folderLock) {
            searchers.close();
        }
    }
}
