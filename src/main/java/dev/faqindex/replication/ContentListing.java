package dev.faqindex.replication;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of a content folder with their SHA-256 checksums, hidden files and folders left out (as the content
 * loader leaves them out). A file's checksum is remembered with its size and modification time, so listing a folder
 * again reads only the files that changed.
 */
final class ContentListing {

    private record Seen(long size, FileTime modified, String checksum) {
    }

    private final Path root;
    private final Map<Path, Seen> seen = new ConcurrentHashMap<>();

    ContentListing(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Every file of the folder, sorted by its relative path; empty when the folder does not exist. */
    List<RevisionFile> list() throws IOException {
        List<RevisionFile> files = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && !hidden(file)) {
                    checksum(file, attrs).ifPresent(sum -> files.add(
                            new RevisionFile(relative(file), attrs.size(), sum)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // deleted while listed, or unreadable: not part of this revision
            }
        });
        files.sort(Comparator.comparing(RevisionFile::name));
        return files;
    }

    /**
     * The file at {@code name} (a relative path as {@link #list} gives it), refusing anything outside the folder,
     * hidden, or named otherwise.
     */
    Optional<Path> resolve(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("\0")) {
            return Optional.empty();
        }
        Path file = root.resolve(name).normalize();
        if (!file.startsWith(root) || file.equals(root) || !relative(file).equals(name)) {
            return Optional.empty(); // outside the folder, or not named as a listing names it (a/../b)
        }
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return Optional.empty();
            }
        }
        return Optional.of(file);
    }

    /** Whether the folder holds {@code file} with its length and checksum. */
    boolean holds(RevisionFile file) {
        Optional<Path> path = resolve(file.name());
        try {
            if (path.isEmpty() || !Files.isRegularFile(path.get())) {
                return false;
            }
            BasicFileAttributes attrs = Files.readAttributes(path.get(), BasicFileAttributes.class);
            return attrs.size() == file.length()
                    && checksum(path.get(), attrs).map(file.checksum()::equals).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    private Optional<String> checksum(Path file, BasicFileAttributes attrs) {
        Seen known = seen.get(file);
        if (known != null && known.size() == attrs.size() && known.modified().equals(attrs.lastModifiedTime())) {
            return Optional.of(known.checksum());
        }
        try (InputStream in = Files.newInputStream(file)) {
            String sum = sha256(in);
            seen.put(file, new Seen(attrs.size(), attrs.lastModifiedTime(), sum));
            return Optional.of(sum);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The SHA-256 of everything {@code in} gives, in hex. */
    static String sha256(InputStream in) throws IOException {
        MessageDigest digest = newDigest();
        try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
