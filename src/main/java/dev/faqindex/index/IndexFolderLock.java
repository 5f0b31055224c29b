package dev.faqindex.index;

import java.io.Closeable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The claim of one faq-index (a server, or an {@code index} or {@code search} command) on an index folder for as long
 * as it has the folder open: an operating-system lock (Lucene's native lock on {@value #LOCK_NAME}), so a second
 * process on the same folder is refused at once with a message naming the owner, instead of serving the folder while
 * every rebuild fails on Lucene's write lock. The owner's process id and start time are written beside the lock for
 * that message. The lock goes when the owner closes it or its process ends, however it ends.
 */
final class IndexFolderLock implements Closeable {

    /** The lock file in the index folder (Lucene never deletes it: it is not an index file). */
    static final String LOCK_NAME = "faq-index.lock";
    /** Who holds the lock, for the message a refused process prints. */
    static final String OWNER_NAME = "faq-index.owner";

    private final Lock lock;

    private IndexFolderLock(Lock lock) {
        this.lock = lock;
    }

    /**
     * Claims {@code folder}, which {@code directory} opened.
     *
     * @throws IndexFolderInUseException when another faq-index holds it
     */
    static IndexFolderLock claim(Directory directory, Path folder) throws IOException {
        Lock lock;
        try {
            lock = directory.obtainLock(LOCK_NAME);
        } catch (LockObtainFailedException e) {
            throw new IndexFolderInUseException(folder, owner(folder));
        }
        try {
            Files.writeString(folder.resolve(OWNER_NAME), "process " + ProcessHandle.current().pid()
                    + ", since " + Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Only the refusal message of another process would miss it; the lock itself holds.
        }
        return new IndexFolderLock(lock);
    }

    private static String owner(Path folder) {
        try {
            return Files.readString(folder.resolve(OWNER_NAME), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }
}
