package dev.faqindex.index;

import java.time.Instant;
import java.util.Optional;

/**
 * What the {@link ContentWatcher} watches now, for the admin status.
 *
 * @param folder the content folder as configured (perhaps a symbolic link)
 * @param watching the folder actually watched (links followed); empty while there is none to watch
 * @param folders how many folders (the content folder and its sub-folders) are watched
 * @param reattached how often the watcher moved to a new folder at the configured place (deleted and made again,
 *     swapped in with {@code mv}, a link switched)
 * @param lastReattachedAt when it last did; empty when never
 * @param problem what keeps it from watching, when something does
 */
public record WatchStatus(String folder, Optional<String> watching, int folders, int reattached,
        Optional<Instant> lastReattachedAt, Optional<String> problem) {
}
