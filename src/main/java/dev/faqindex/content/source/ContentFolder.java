package dev.faqindex.content.source;

import dev.faqindex.content.ContentProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The walk over a content folder: the files to read, found recursively and sorted by their relative paths so that
 * every machine reads them in the same order. Hidden files and folders, files named {@code synonyms.txt} (read by the
 * search layer) and files whose extension no parser reads are left out; folders that cannot be listed are reported.
 * A folder given as a symbolic link (a deploy that switches a {@code current} link, say) is read where it points.
 */
public final class ContentFolder {

    private static final String SYNONYMS_FILE = "synonyms.txt";

    private final Path dir;
    private final Set<String> extensions;

    /**
     * @param dir the content folder, or a symbolic link to it
     * @param extensions lower-case extensions of the files to read, without the dot
     */
    public ContentFolder(Path dir, Set<String> extensions) {
        this.dir = resolved(dir);
        this.extensions = Set.copyOf(extensions);
    }

    /** Where {@code dir} really is (links followed), or {@code dir} itself when it cannot be resolved. */
    public static Path resolved(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir;
        }
    }

    /** The folder itself, links followed. */
    public Path dir() {
        return dir;
    }

    /**
     * The content files, sorted by relative path; folders that cannot be read are added to {@code problems}.
     *
     * @throws IOException when the folder itself is missing, not a folder, or cannot be listed
     */
    public List<Path> files(List<ContentProblem> problems) throws IOException {
        if (!Files.exists(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "content folder does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir.toString());
        }
        if (!Files.isReadable(dir)) {
            throw new AccessDeniedException(dir.toString(), null, "content folder cannot be read");
        }
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
                return !folder.equals(dir) && isHidden(folder) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isContentFile(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(dir)) {
                    throw e;
                }
                problems.add(new ContentProblem(file, 0, "cannot read: " + e));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort((a, b) -> relativeName(a).compareTo(relativeName(b)));
        return files;
    }

    /** The path of {@code file} below the folder with {@code /} separators, the same on every platform. */
    public String relativeName(Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /** The lower-case extension of a file name, without the dot; empty when there is none. */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private boolean isContentFile(Path file) {
        String name = file.getFileName().toString();
        return !isHidden(file) && !name.equalsIgnoreCase(SYNONYMS_FILE) && extensions.contains(extension(file));
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
