package dev.faqindex.replication;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The primary's side of replication: the current {@link Revision} (the latest commit of the index and the content
 * folder's files), worked out again after every reindex run, replicas waiting for a newer one told at once, and the
 * files a replica asks for sent as one zip stream.
 */
public final class RevisionPublisher {

    /** Zip entries of index files start with this; content files with {@link #CONTENT_ENTRY}. */
    static final String INDEX_ENTRY = "index/";
    static final String CONTENT_ENTRY = "content/";

    private static final Logger LOG = LoggerFactory.getLogger(RevisionPublisher.class);

    private final Directory directory;
    private final ContentListing content;
    private volatile Revision current;
    private CompletableFuture<Revision> next = new CompletableFuture<>();

    /** Publishes the commits of {@code directory} with the files of {@code contentDir}. */
    public RevisionPublisher(Directory directory, Path contentDir) throws IOException {
        this.directory = directory;
        this.content = new ContentListing(contentDir);
        this.current = read();
    }

    /** Works out the revision again (after a reindex run); replicas waiting for a new one get it if it changed. */
    public void update() {
        Revision revision;
        try {
            revision = read();
        } catch (IOException | RuntimeException e) {
            LOG.warn("The revision for replicas could not be read; they keep the previous one", e);
            return;
        }
        CompletableFuture<Revision> waiting;
        synchronized (this) {
            if (revision.id().equals(current.id())) {
                return;
            }
            current = revision;
            waiting = next;
            next = new CompletableFuture<>();
        }
        LOG.info("Published revision {} ({} index files, {} content files)", revision.id(), revision.index().size(),
                revision.content().size());
        waiting.complete(revision);
    }

    private Revision read() throws IOException {
        CommitListing.Listed commit = CommitListing.latest(directory);
        return Revision.of(commit.generation(), commit.files(), content.list());
    }

    /** The revision replicas copy now. */
    public Revision current() {
        return current;
    }

    /**
     * The current revision if its id is not {@code known}; otherwise one published within {@code wait}, or the
     * current one when none is (a long poll: a replica learns of a commit as soon as it is made).
     */
    public synchronized CompletableFuture<Revision> after(String known, Duration wait) {
        if (!current.id().equals(known) || wait.isZero()) {
            return CompletableFuture.completedFuture(current);
        }
        Revision now = current;
        return next.copy().completeOnTimeout(now, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Writes the asked-for files to {@code out} as a zip ({@code index/NAME}, {@code content/PATH}). A file that is
     * no longer there (a newer commit replaced it) or was never part of a revision is left out: the replica sees it
     * missing and asks for the newer revision.
     */
    public void writeFiles(Collection<String> indexFiles, Collection<String> contentFiles, OutputStream out)
            throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.NO_COMPRESSION); // index files are compressed already; copying is the cost
            for (String name : indexFiles) {
                if (CommitListing.indexFileName(name)) {
                    writeIndexFile(zip, name);
                }
            }
            zip.setLevel(Deflater.BEST_SPEED);
            for (String name : contentFiles) {
                Optional<Path> file = content.resolve(name);
                if (file.isPresent() && Files.isRegularFile(file.get())) {
                    writeContentFile(zip, name, file.get());
                }
            }
        }
    }

    private void writeIndexFile(ZipOutputStream zip, String name) throws IOException {
        IndexInput in;
        try {
            in = directory.openInput(name, IOContext.READONCE);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return;
        }
        try (in) {
            zip.putNextEntry(new ZipEntry(INDEX_ENTRY + name));
            byte[] buffer = new byte[64 * 1024];
            long left = in.length();
            while (left > 0) {
                int n = (int) Math.min(buffer.length, left);
                in.readBytes(buffer, 0, n);
                zip.write(buffer, 0, n);
                left -= n;
            }
            zip.closeEntry();
        }
    }

    private static void writeContentFile(ZipOutputStream zip, String name, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            zip.putNextEntry(new ZipEntry(CONTENT_ENTRY + name));
            in.transferTo(zip);
            zip.closeEntry();
        } catch (NoSuchFileException e) {
            // deleted since it was listed
        }
    }
}
