package dev.faqindex.replication;

import dev.faqindex.index.LiveIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * Makes a replica's index and content folders hold a {@link Revision}: copies only the files it lacks, checks each
 * against its checksum, puts the commit's {@code segments_N} in place last (so a crash at any point leaves the previous
 * commit, or the new one, whole), reopens the searchers on it, and then removes the files no commit references any
 * more. Files copied before an interruption stay, so the next attempt copies only the rest.
 */
final class RevisionInstaller {

    /** Suffix of a file being copied, until it is checked. */
    static final String PARTIAL = ".replicating";
    /** Hidden folder of the content folder where content files wait until the whole revision has arrived. */
    static final String STAGING = ".replicating";

    private final LiveIndex index;
    private final Directory directory;
    private final Path contentDir;
    private final ContentListing content;

    RevisionInstaller(LiveIndex index) {
        this.index = index;
        this.directory = index.directory();
        this.contentDir = index.contentDir().toAbsolutePath().normalize();
        this.content = new ContentListing(contentDir);
    }

    /** What a call to {@link #install} did. */
    record Installed(int indexFilesCopied, int contentFilesCopied, long bytesCopied) {
    }

    /**
     * Brings the folders to {@code revision}, fetching missing files from {@code primary}.
     *
     * @throws RevisionGoneException when the primary no longer has some file of it (a newer commit replaced it)
     * @throws IOException when a file cannot be fetched or written, or arrives damaged
     */
    Installed install(Revision revision, PrimaryClient primary) throws IOException, InterruptedException {
        Map<String, RevisionFile> indexWanted = new HashMap<>();
        for (RevisionFile file : revision.index()) {
            if (!CommitListing.indexFileName(file.name())) {
                throw new IOException("the primary announced an index file with a bad name: " + file.name());
            }
            if (!CommitListing.holds(directory, file)) {
                indexWanted.put(file.name(), file);
            }
        }
        Map<String, RevisionFile> contentWanted = new HashMap<>();
        for (RevisionFile file : revision.content()) {
            if (content.resolve(file.name()).isEmpty()) {
                throw new IOException("the primary announced a content file outside the folder: " + file.name());
            }
            if (!content.holds(file)) {
                contentWanted.put(file.name(), file);
            }
        }
        Path staging = contentDir.resolve(STAGING);
        deleteTree(staging);
        long bytes = 0;
        if (!indexWanted.isEmpty() || !contentWanted.isEmpty()) {
            bytes = fetch(primary, indexWanted, contentWanted, staging, revision.segmentsFile());
        }
        List<String> names = revision.index().stream().map(RevisionFile::name).toList();
        directory.sync(names.stream().filter(name -> !name.equals(revision.segmentsFile())).toList());
        placeContent(revision, contentWanted.keySet(), staging);
        boolean changed = placeSegments(revision.segmentsFile(), indexWanted.containsKey(revision.segmentsFile()));
        if (changed || !contentWanted.isEmpty()) {
            index.reopen();
        }
        deleteUnreferenced(new HashSet<>(names));
        return new Installed(indexWanted.size(), contentWanted.size(), bytes);
    }

    private long fetch(PrimaryClient primary, Map<String, RevisionFile> indexWanted,
            Map<String, RevisionFile> contentWanted, Path staging, String segments)
            throws IOException, InterruptedException {
        Set<String> indexLeft = new HashSet<>(indexWanted.keySet());
        Set<String> contentLeft = new HashSet<>(contentWanted.keySet());
        long bytes = 0;
        try (InputStream body = primary.files(sorted(indexWanted.keySet(), segments), contentWanted.keySet());
                ZipInputStream zip = new ZipInputStream(body)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (name.startsWith(RevisionPublisher.INDEX_ENTRY)) {
                    String file = name.substring(RevisionPublisher.INDEX_ENTRY.length());
                    RevisionFile expected = indexWanted.get(file);
                    if (expected == null) {
                        throw new IOException("the primary sent an index file not asked for: " + file);
                    }
                    bytes += receiveIndexFile(zip, expected, !file.equals(segments));
                    indexLeft.remove(file);
                } else if (name.startsWith(RevisionPublisher.CONTENT_ENTRY)) {
                    String file = name.substring(RevisionPublisher.CONTENT_ENTRY.length());
                    RevisionFile expected = contentWanted.get(file);
                    if (expected == null) {
                        throw new IOException("the primary sent a content file not asked for: " + file);
                    }
                    bytes += receiveContentFile(zip, expected, staging);
                    contentLeft.remove(file);
                }
            }
        }
        if (!indexLeft.isEmpty() || !contentLeft.isEmpty()) {
            throw new RevisionGoneException("the primary no longer has " + (indexLeft.size() + contentLeft.size())
                    + " files of this revision (a newer commit replaced them)");
        }
        return bytes;
    }

    /** The names to ask for, {@code segments_N} last, so that it arrives after the files it references. */
    private static List<String> sorted(Set<String> names, String segments) {
        List<String> list = new ArrayList<>(names);
        list.sort((a, b) -> a.equals(segments) ? 1 : b.equals(segments) ? -1 : a.compareTo(b));
        return list;
    }

    /** Copies one index file to a partial file, checks it, and unless it is the commit point puts it in place. */
    private long receiveIndexFile(InputStream in, RevisionFile expected, boolean place) throws IOException {
        String partial = expected.name() + PARTIAL;
        deleteQuietly(partial);
        long length = 0;
        try (IndexOutput out = directory.createOutput(partial, IOContext.DEFAULT)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.writeBytes(buffer, 0, n);
                length += n;
            }
        }
        CommitListing.verify(directory, partial, expected);
        if (place) {
            deleteQuietly(expected.name());
            directory.rename(partial, expected.name());
        }
        return length;
    }

    private long receiveContentFile(InputStream in, RevisionFile expected, Path staging) throws IOException {
        Path file = staging.resolve(expected.name()).normalize();
        if (!file.startsWith(staging)) {
            throw new IOException("the primary sent a content file outside the folder: " + expected.name());
        }
        Files.createDirectories(file.getParent());
        MessageDigest digest = ContentListing.newDigest();
        long length;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
            length = in.transferTo(out);
        }
        String checksum = HexFormat.of().formatHex(digest.digest());
        if (length != expected.length() || !checksum.equals(expected.checksum())) {
            throw new IOException("content file " + expected.name() + " arrived damaged (" + length + " bytes, "
                    + "checksum " + checksum + "; expected " + expected.length() + " bytes, " + expected.checksum()
                    + ")");
        }
        return length;
    }

    /** Moves the staged content files in place and deletes those the revision no longer has. */
    private void placeContent(Revision revision, Set<String> arrived, Path staging) throws IOException {
        for (String name : arrived) {
            Path target = content.resolve(name).orElseThrow();
            Files.createDirectories(target.getParent());
            Files.move(staging.resolve(name), target, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        deleteTree(staging);
        Set<String> kept = new HashSet<>(revision.content().stream().map(RevisionFile::name).toList());
        for (RevisionFile present : content.list()) {
            if (!kept.contains(present.name())) {
                Files.deleteIfExists(content.resolve(present.name()).orElseThrow());
            }
        }
    }

    /**
     * Makes {@code segments} the only commit point: puts the copied one in place (when it was copied) and deletes any
     * other, so the searchers open this commit even when an older index left a higher generation behind.
     *
     * @return whether the commit point changed
     */
    private boolean placeSegments(String segments, boolean copied) throws IOException {
        boolean changed = copied;
        if (copied) {
            deleteQuietly(segments);
            directory.rename(segments + PARTIAL, segments);
            directory.sync(List.of(segments));
        }
        for (String name : directory.listAll()) {
            if ((name.startsWith("segments_") || name.startsWith("pending_segments_")) && !name.equals(segments)) {
                directory.deleteFile(name);
                changed = true;
            }
        }
        directory.syncMetaData();
        return changed;
    }

    /** Deletes the index files of older commits and partial copies; searches still on them keep their open files. */
    private void deleteUnreferenced(Set<String> referenced) throws IOException {
        for (String name : directory.listAll()) {
            boolean stale = CommitListing.indexFileName(name) && !referenced.contains(name);
            if (stale || name.endsWith(PARTIAL)) {
                deleteQuietly(name);
            }
        }
    }

    private void deleteQuietly(String name) {
        try {
            directory.deleteFile(name);
        } catch (IOException e) {
            // not there, or already gone
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
