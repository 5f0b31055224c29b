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
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 *
 * <p>The watch follows the folder at its configured place, not the folder it first found there: when that one is
 * deleted and made again, another is swapped in with {@code mv} (the usual atomic deploy) or a symbolic link is
 * switched, the watcher sees it (through a watch on the parent folder, and a check of the folder's identity every
 * {@link #CHECK_EVERY}), watches the new folder and calls back. While there is no folder to watch it says so in
 * {@link #status()} and waits for one.
 */
public final class ContentWatcher implements Closeable {

    /** How often the folder at the configured place is checked to be the one watched. */
    static final Duration CHECK_EVERY = Duration.ofSeconds(2);

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
    /** Watch keys of the watched tree, by folder; touched only by the watching thread after the start. */
    private final Map<Path, WatchKey> keys = new HashMap<>();
    private WatchKey parentKey;
    /** The folder watched (links followed) and its file key; null while none. */
    private Path watched;
    private Object watchedIdentity;
    private int reattached;
    private Instant lastReattachedAt;
    private volatile WatchStatus status;
    private ScheduledFuture<?> pending;

    private ContentWatcher(Path root, Runnable onChange, Duration quietPeriod) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.onChange = onChange;
        this.quietPeriod = quietPeriod;
        this.watchService = root.getFileSystem().newWatchService();
        watchParent();
        attach();
        if (watched == null) {
            throw new IOException("cannot watch the content folder " + root + ": " + status.problem().orElse(""));
        }
        this.thread = new Thread(this::watch, "faq-index-watch");
        this.thread.setDaemon(true);
    }

    /** Starts watching {@code root}; {@code onChange} runs on a background thread {@code quietPeriod} after a change. */
    public static ContentWatcher start(Path root, Runnable onChange, Duration quietPeriod) throws IOException {
        ContentWatcher watcher = new ContentWatcher(root, onChange, quietPeriod);
        watcher.thread.start();
        return watcher;
    }

    /** What is watched now. */
    public WatchStatus status() {
        return status;
    }

    /** Watches the folder holding the content folder, for the content folder's own name coming and going. */
    private void watchParent() {
        Path parent = root.getParent();
        if (parent == null) {
            return;
        }
        try {
            parentKey = parent.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            LOG.warn("Cannot watch {} for the content folder being replaced; checking every {} s instead", parent,
                    CHECK_EVERY.toSeconds());
        }
    }

    /** Watches the folder now at the configured place (if it is not the one watched already), and its tree. */
    private void attach() {
        Path real;
        Object identity;
        try {
            real = root.toRealPath();
            identity = Files.readAttributes(real, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            detach("the content folder is missing; waiting for it to appear (" + e.getClass().getSimpleName() + ")");
            return;
        }
        if (!Files.isDirectory(real)) {
            detach("the content folder is not a folder; waiting for one");
            return;
        }
        if (real.equals(watched) && Objects.equals(identity, watchedIdentity) && keys.containsKey(real)
                && keys.get(real).isValid()) {
            return;
        }
        boolean replacing = status != null; // a folder was watched (or looked for) before this one
        cancelKeys();
        try {
            registerTree(real);
        } catch (IOException e) {
            cancelKeys();
            detach("cannot watch the content folder: " + e.getMessage());
            return;
        }
        watched = real;
        watchedIdentity = identity;
        if (replacing) {
            reattached++;
            lastReattachedAt = Instant.now();
            LOG.info("Watching the content folder anew at {} ({} folders): it was replaced", real, keys.size());
        }
        publish(Optional.empty());
    }

    private void detach(String problem) {
        if (watched != null || status == null || status.problem().isEmpty()) {
            LOG.warn("Content folder {}: {}", root, problem);
        }
        cancelKeys();
        watched = null;
        watchedIdentity = null;
        publish(Optional.of(problem));
    }

    private void publish(Optional<String> problem) {
        status = new WatchStatus(root.toString(), Optional.ofNullable(watched).map(Path::toString), keys.size(),
                reattached, Optional.ofNullable(lastReattachedAt), problem);
    }

    private void cancelKeys() {
        keys.values().forEach(WatchKey::cancel);
        keys.clear();
    }

    private void registerTree(Path dir) throws IOException {
        Path top = dir;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) throws IOException {
                if (!folder.equals(top) && hidden(folder)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                keys.put(folder, folder.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(top)) {
                    throw e;
                }
                LOG.warn("Cannot watch {}: {}", file, e.getMessage());
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.poll(CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                if (key == null) {
                    check();
                    continue;
                }
                boolean relevant = key == parentKey ? parentEvents(key) : folderEvents(key);
                boolean valid = key.reset();
                if (!valid && key != parentKey) {
                    keys.values().remove(key);
                    relevant |= check();
                }
                if (relevant) {
                    schedule();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        } catch (RuntimeException e) {
            LOG.error("Stopped watching {}; restart the server to watch it again", root, e);
            publish(Optional.of("the watcher stopped after an error: " + e));
        }
    }

    /** Whether the folder at the configured place is no longer the one watched; re-attaches if so. */
    private boolean check() {
        Path before = watched;
        Object identityBefore = watchedIdentity;
        attach();
        return !Objects.equals(before, watched) || !Objects.equals(identityBefore, watchedIdentity);
    }

    /** Events in the parent folder: the content folder's name created or deleted means it was replaced. */
    private boolean parentEvents(WatchKey key) {
        boolean ours = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            ours |= event.kind() == StandardWatchEventKinds.OVERFLOW
                    || root.getFileName().equals(event.context());
        }
        return ours && check();
    }

    private boolean folderEvents(WatchKey key) {
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
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    LOG.warn("Cannot watch the new folder {}: {}", changed, e.getMessage());
                }
                publish(status.problem());
            }
        }
        return relevant;
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
