package dev.faqindex.index;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.content.Chunk;
import dev.faqindex.content.ContentLoader;
import dev.faqindex.content.ContentProblem;
import dev.faqindex.content.LoadedContent;
import dev.faqindex.semantic.EmbeddingText;
import dev.faqindex.semantic.MiniLmEmbedder;
import dev.faqindex.semantic.TextEmbedder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
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
 *
 * <p>With {@link FaqIndexConfig#semantic()} on, every chunk also gets an embedding ({@link EmbeddingText}); a
 * rebuild first reads the previous commit's vectors by the hash of their text and embeds only chunks that changed.
 */
public final class LiveIndex implements Closeable {

    private final FaqIndexConfig config;
    private final TextEmbedder embedder;
    private final Directory directory;
    private final SearcherManager searchers;
    private volatile List<ContentProblem> problems;
    private volatile IndexCommitInfo commitInfo;
    private volatile IndexRefresh lastRefresh;

    private LiveIndex(FaqIndexConfig config, TextEmbedder embedder, Directory directory, IndexRefresh first)
            throws IOException {
        this.config = config;
        this.embedder = embedder;
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
        return open(config, MiniLmEmbedder.shared());
    }

    /** Like {@link #open(FaqIndexConfig)}, embedding with {@code embedder} when {@code config.semantic()}. */
    public static LiveIndex open(FaqIndexConfig config, TextEmbedder embedder) throws IOException {
        if (!Files.isDirectory(config.contentDir())) {
            throw new NoSuchFileException(config.contentDir().toString(), null, "content folder not found");
        }
        Files.createDirectories(config.indexDir());
        Directory directory = FSDirectory.open(config.indexDir());
        try {
            IndexRefresh first = bringUpToDate(config, embedder, directory, false);
            return new LiveIndex(config, embedder, directory, first);
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
        IndexRefresh refresh = bringUpToDate(config, embedder, directory, force);
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

    /** The model that embedded the chunks, for embedding queries; empty when the serving commit has no vectors. */
    public Optional<TextEmbedder> embedder() {
        return commitInfo.hasVectors() ? Optional.of(embedder) : Optional.empty();
    }

    @Override
    public void close() throws IOException {
        try (directory) {
            searchers.close();
        }
    }

    private static IndexRefresh bringUpToDate(FaqIndexConfig config, TextEmbedder embedder, Directory directory,
            boolean force) throws IOException {
        long start = System.nanoTime();
        LoadedContent content = new ContentLoader(config.maxChunkChars()).load(config.contentDir());
        Optional<IndexCommitInfo> existing = IndexCommitInfo.readLatest(directory);
        boolean current = existing.isPresent() && existing.get().isCurrentFor(content.fingerprint(), config.semantic());
        if (current && !force) {
            return new IndexRefresh(false, existing.get().chunks(), content.articles().size(), content.problems(),
                    elapsedMs(start), 0, 0);
        }
        List<Chunk> chunks = content.chunks();
        List<Document> documents = new ArrayList<>(chunks.size());
        for (Chunk chunk : chunks) {
            documents.add(ChunkDocuments.toDocument(chunk));
        }
        EmbeddingCounts counts = config.semantic()
                ? addEmbeddings(chunks, documents, embedder, directory) : new EmbeddingCounts(0, 0);
        IndexWriterConfig writerConfig = new IndexWriterConfig(ChunkDocuments.writingAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(directory, writerConfig)) {
            writer.addDocuments(documents);
            IndexCommitInfo info = new IndexCommitInfo(
                    content.fingerprint(), ChunkFields.schemaFor(config.semantic()), chunks.size(), Instant.now());
            writer.setLiveCommitData(info.toUserData().entrySet());
            writer.commit();
        }
        return new IndexRefresh(true, chunks.size(), content.articles().size(), content.problems(), elapsedMs(start),
                counts.embedded(), counts.reused());
    }

    /**
     * Adds each chunk's vector and embedding hash to its document, reusing the previous commit's vector when the
     * embedded text is unchanged.
     */
    private static EmbeddingCounts addEmbeddings(List<Chunk> chunks, List<Document> documents, TextEmbedder embedder,
            Directory directory) throws IOException {
        Map<String, float[]> previous = PreviousEmbeddings.read(directory);
        List<EmbeddingText> texts = chunks.stream().map(chunk -> EmbeddingText.of(chunk, embedder)).toList();
        List<Integer> missing = new ArrayList<>();
        float[][] vectors = new float[chunks.size()][];
        for (int i = 0; i < texts.size(); i++) {
            vectors[i] = previous.get(texts.get(i).hash());
            if (vectors[i] == null) {
                missing.add(i);
            }
        }
        List<float[]> computed = embedder.embedAll(missing.stream().map(i -> texts.get(i).text()).toList());
        for (int j = 0; j < missing.size(); j++) {
            vectors[missing.get(j)] = computed.get(j);
        }
        for (int i = 0; i < documents.size(); i++) {
            documents.get(i).add(new KnnFloatVectorField(ChunkFields.VECTOR, vectors[i], VectorSimilarityFunction.DOT_PRODUCT));
            documents.get(i).add(new StoredField(ChunkFields.EMBEDDING_HASH, texts.get(i).hash()));
        }
        return new EmbeddingCounts(missing.size(), chunks.size() - missing.size());
    }

    private record EmbeddingCounts(int embedded, int reused) {
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
