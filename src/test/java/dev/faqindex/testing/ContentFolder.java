package dev.faqindex.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A writable copy of a content folder, for tests that edit content while a server runs. */
public final class ContentFolder {

    private ContentFolder() {
    }

    /** Copies the files directly in {@code source} into {@code target} (created) and returns {@code target}. */
    public static Path copy(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    /**
     * Writes a file atomically (a temporary file renamed over it), as editors and deploy tools do, so that a watcher
     * never reads it half-written.
     */
    public static void write(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temporary, text);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
