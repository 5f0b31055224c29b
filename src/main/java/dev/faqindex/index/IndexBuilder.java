package dev.faqindex.index;

import static dev.faqindex.config.Setting.CHUNK_MAX_CHARS;
import static dev.faqindex.config.Setting.HTML_IGNORE_SELECTOR;
import static dev.faqindex.config.Setting.HTML_MAIN_SELECTOR;
import static dev.faqindex.config.Setting.CONTENT_DIR;
import static dev.faqindex.config.Setting.INTERNAL_FOLDERS;
import static dev.faqindex.config.Setting.SEMANTIC;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.content.Article;
import dev.faqindex.content.Chunk;
import dev.faqindex.content.ContentFile;
import dev.faqindex.content.ContentLoader;
import dev.faqindex.content.html.HtmlSelectors;
import dev.faqindex.content.ContentProblem;
import dev.faqindex.content.ContentTally;
import dev.faqindex.content.FileOutcome;
import dev.faqindex.content.DuplicateFilter;
import dev.faqindex.content.InternalFolders;
import dev.faqindex.semantic.EmbeddingText;
import dev.faqindex.semantic.TextEmbedder;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;

/**
 * Brings the index folder up to date with the content folder: compares fingerprints and, when they differ, writes a
 * complete new commit with {@link IndexWriterConfig.OpenMode#CREATE}, streaming the content file by file so that
 * memory does not grow with the folder.
 *
 * <p>A content file that is broken (it, or part of it, could not be parsed, or it was emptied) and was indexed before
 * keeps its last good version: its chunks are copied from the previous commit, and the file is reported. A content
 * folder with no content files at all does not replace an index that has content ({@link EmptiedContentException}).
 * Until the commit, readers keep the previous commit; a crash before it leaves the previous commit whole.
 */
final class IndexBuilder {

    /** Chunks embedded per call to the model. */
    private static final int EMBEDDING_BATCH = 128;
    /** Batches embedded at once: one per core (the model runs each call on one thread). */
    private static final int EMBEDDING_WORKERS = Runtime.getRuntime().availableProcessors();

    private final FaqIndexConfig config;
    private final TextEmbedder embedder;
    private final Directory directory;
    private final ContentLoader loader;
    private final IntConsumer progress;

    IndexBuilder(FaqIndexConfig config, TextEmbedder embedder, Directory directory, IntConsumer progress) {
        this.config = config;
        this.progress = progress;
        this.embedder = embedder;
        this.directory = directory;
        this.loader = new ContentLoader(config.integer(CHUNK_MAX_CHARS), new HtmlSelectors(
                config.text(HTML_MAIN_SELECTOR).orElse(""), config.text(HTML_IGNORE_SELECTOR).orElse("")),
                new InternalFolders(config.list(INTERNAL_FOLDERS)));
    }

    IndexRefresh bringUpToDate(boolean force) throws IOException {
        long start = System.nanoTime();
        Optional<IndexCommitInfo> existing = IndexCommitInfo.readLatest(directory);
        if (!force && existing.isPresent()
                && existing.get().isCurrentFor(loader.fingerprint(config.folder(CONTENT_DIR)), config.flag(SEMANTIC))) {
            IndexCommitInfo info = existing.get();
            return new IndexRefresh(false, info.chunks(), info.articles(), info.problems(), info.keptPrevious(),
                    elapsedMs(start), 0, 0, info.tally());
        }
        DirectoryReader previous = existing.isPresent() ? DirectoryReader.open(directory) : null;
        try (previous) {
            IndexWriterConfig writerConfig = new IndexWriterConfig(ChunkDocuments.writingAnalyzer())
                    .setCodec(new ChunkCodec())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(false); // a build that fails part-way must never become the serving commit
            Build build = new Build(Optional.ofNullable(previous).map(IndexSearcher::new), config.flag(SEMANTIC)
                    ? PreviousEmbeddings.read(directory) : Map.of());
            try (IndexWriter writer = new IndexWriter(directory, writerConfig);
                    OrderedBatchWorkers<List<Document>> batches = build.batchesFor(writer)) {
                build.batches = batches;
                // Parsing runs a few files ahead on another thread while this one analyses and writes; with
                // embeddings, batches are embedded on every core and written here in the order they were read.
                String fingerprint = loader.readAhead(config.folder(CONTENT_DIR), build::add);
                if (build.files == 0 && existing.isPresent() && existing.get().chunks() > 0) {
                    throw new EmptiedContentException(config.folder(CONTENT_DIR), existing.get().chunks(),
                            existing.get().articles());
                }
                build.flush();
                batches.finish();
                IndexCommitInfo info = new IndexCommitInfo(fingerprint, ChunkFields.schemaFor(config.flag(SEMANTIC)),
                        build.chunks, build.articles, Instant.now(), build.problems, build.keptPrevious, build.tally);
                writer.setLiveCommitData(info.toUserData().entrySet());
                writer.commit();
            }
            return new IndexRefresh(true, build.chunks, build.articles, build.problems, build.keptPrevious,
                    elapsedMs(start), build.embedded.get(), build.reused.get(), build.tally);
        }
    }

    /** The state of one rebuild while content files stream through it. */
    private final class Build {
        private final Optional<IndexSearcher> previous;
        private final Map<String, PreviousEmbeddings.Embeddings> previousVectors;
        private final DuplicateFilter duplicates = new DuplicateFilter();
        private final List<ContentProblem> problems = new ArrayList<>();
        private final List<String> keptPrevious = new ArrayList<>();
        private List<Document> pending = new ArrayList<>();
        private List<Chunk> pendingChunks = new ArrayList<>();
        private OrderedBatchWorkers<List<Document>> batches;
        private int files;
        private int chunks;
        private int written;
        private int articles;
        private final AtomicInteger embedded = new AtomicInteger();
        private final AtomicInteger reused = new AtomicInteger();
        private ContentTally tally = ContentTally.NONE;

        Build(Optional<IndexSearcher> previous, Map<String, PreviousEmbeddings.Embeddings> previousVectors) {
            this.previous = previous;
            this.previousVectors = previousVectors;
        }

        void add(ContentFile file) throws IOException {
            files++;
            problems.addAll(file.problems());
            Optional<Article> article = file.article();
            boolean lastGoodVersion = false;
            if (file.broken()) {
                Optional<Article> lastGood = lastGoodVersion(file);
                if (lastGood.isPresent()) {
                    article = lastGood;
                    lastGoodVersion = true;
                    keptPrevious.add(file.name());
                }
            }
            int known = problems.size();
            Optional<Article> kept = article.map(a -> duplicates.keep(a, problems));
            tally = tally.plus(FileOutcome.of(file, kept.isPresent(), lastGoodVersion && kept.isPresent(),
                    problems.size() > known));
            if (kept.isEmpty()) {
                return;
            }
            articles++;
            for (Chunk chunk : kept.get().chunks()) {
                pending.add(ChunkDocuments.toDocument(chunk, file.name()));
                pendingChunks.add(chunk);
                chunks++;
            }
            if (pending.size() >= EMBEDDING_BATCH) {
                flush();
            }
        }

        /** The chunks the previous commit holds from this file, as an article; empty when it holds none. */
        private Optional<Article> lastGoodVersion(ContentFile file) throws IOException {
            if (previous.isEmpty()) {
                return Optional.empty();
            }
            IndexSearcher searcher = previous.get();
            ScoreDoc[] docs = searcher.search(new TermQuery(new Term(ChunkFields.SOURCE, file.name())),
                    Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs;
            List<Chunk> old = new ArrayList<>(docs.length);
            for (ScoreDoc doc : docs) {
                old.add(ChunkDocuments.withBlocks(searcher.storedFields().document(doc.doc)));
            }
            if (old.isEmpty()) {
                return Optional.empty();
            }
            old.sort(Comparator.comparingInt(Chunk::position));
            Chunk first = old.getFirst();
            return Optional.of(new Article(first.articleSlug(), first.articleTitle(), List.of(), file.path(), old));
        }

        /**
         * Batches that write their documents to {@code writer} in order: embedded first on one worker per core when
         * the index is semantic, written at once when it is not.
         */
        OrderedBatchWorkers<List<Document>> batchesFor(IndexWriter writer) {
            int workers = config.flag(SEMANTIC) ? EMBEDDING_WORKERS : 0;
            return new OrderedBatchWorkers<>("faq-index-embedding-", workers, documents -> {
                writer.addDocuments(documents);
                written += documents.size();
                progress.accept(written);
            });
        }

        /** Hands the pending documents on to be written, embedding them first when the index is semantic. */
        void flush() throws IOException {
            if (pending.isEmpty()) {
                return;
            }
            List<Document> documents = pending;
            List<Chunk> batchChunks = pendingChunks;
            pending = new ArrayList<>();
            pendingChunks = new ArrayList<>();
            boolean semantic = config.flag(SEMANTIC);
            batches.submit(() -> {
                if (semantic) {
                    addEmbeddings(documents, batchChunks);
                }
                return documents;
            });
        }

        /**
         * Adds each batch chunk's vectors (of its whole text, and of its title alone), reusing the previous commit's
         * when the embedded text is unchanged. Titles are short, so embedding them adds a fraction of the cost.
         */
        private void addEmbeddings(List<Document> documents, List<Chunk> batch) {
            List<EmbeddingText> texts = batch.stream().map(chunk -> EmbeddingText.of(chunk, embedder)).toList();
            float[][] vectors = new float[texts.size()][];
            float[][] titles = new float[texts.size()][];
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                PreviousEmbeddings.Embeddings old = previousVectors.get(texts.get(i).hash());
                if (old == null || old.title() == null) {
                    missing.add(i);
                } else {
                    vectors[i] = old.text();
                    titles[i] = old.title();
                }
            }
            List<String> toEmbed = new ArrayList<>(missing.size() * 2);
            missing.forEach(i -> toEmbed.add(texts.get(i).text()));
            missing.forEach(i -> toEmbed.add(EmbeddingText.titleOf(batch.get(i))));
            List<float[]> computed = embedder.embedAll(toEmbed);
            for (int j = 0; j < missing.size(); j++) {
                vectors[missing.get(j)] = computed.get(j);
                titles[missing.get(j)] = computed.get(missing.size() + j);
            }
            for (int i = 0; i < documents.size(); i++) {
                documents.get(i).add(new KnnFloatVectorField(ChunkFields.VECTOR, vectors[i],
                        VectorSimilarityFunction.DOT_PRODUCT));
                documents.get(i).add(new BinaryDocValuesField(ChunkFields.TITLE_VECTOR, VectorBytes.encode(titles[i])));
                documents.get(i).add(new StoredField(ChunkFields.EMBEDDING_HASH, texts.get(i).hash()));
            }
            embedded.addAndGet(missing.size());
            reused.addAndGet(texts.size() - missing.size());
        }
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
