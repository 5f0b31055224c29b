package dev.faqindex.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a content folder and its sub-folders and calls back once the files have been quiet for a moment after a
 * change (an editor's save, or a {@code git pull} touching many files, gives one call). Hidden files, such as an
 * editor's swap files, are ignored, as the content loader ignores them.
 */
public final class ContentWatcher implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ContentWatcher.class);

    private final Path root;
    private final Runnable onChange;
    private final Duration quietPeriod;
    private final WatchService watchService;
    private final Thread thread;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "faq-index-watch-debounce");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pending;

    private ContentWatcher(Path root, Runnable onChange, Duration quietPeriod) throws IOException {
        this.root = root;
        this.onChange = onChange;
        this.quietPeriod = quietPeriod;
        this.watchService = root.getFileSystem().newWatchService();
        registerTree(root);
        this.thread = new Thread(this::watch, "faq-index-watch");
        this.thread.setDaemon(true);
    }

    /** Starts watching {@code root}; {@code onChange} runs on a background thread {@code quietPeriod} after a change. */
    public static ContentWatcher start(Path root, Runnable onChange, Duration quietPeriod) throws IOException {
        ContentWatcher watcher = new ContentWatcher(root, onChange, quietPeriod);
        watcher.thread.start();
        return watcher;
    }

    private void registerTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) throws IOException {
                if (!folder.equals(root) && hidden(folder)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folder.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                LOG.warn("Cannot watch {}: {}", file, e.getMessage());
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                Path dir = (Path) key.watchable();
                boolean relevant = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        relevant = true;
                        continue;
                    }
                    Path changed = dir.resolve((Path) event.context());
                    if (hidden(changed)) {
                        continue;
                    }
                    relevant = true;
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                        registerTree(changed);
                    }
                }
                key.reset();
                if (relevant) {
                    schedule();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        } catch (IOException e) {
            LOG.error("Stopped watching {}; restart the server to watch it again", root, e);
        }
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(this::fire, quietPeriod.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void fire() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            LOG.error("Reacting to a content change failed", e);
        }
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    @Override
    public void close() throws IOException {
        timer.shutdownNow();
        watchService.close();
        thread.interrupt();
    }
}
