package dev.faqindex.replication;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * The files of an index commit with their lengths and footer checksums, and the checks a copied file must pass.
 * Every Lucene index file ends with a footer holding the CRC-32 of all its bytes, so a copy is verified by reading it
 * once ({@link CodecUtil#checksumEntireFile}) and comparing with the checksum the primary announced.
 */
final class CommitListing {

    /** The names of files a commit may reference: {@code segments_N} and segment files such as {@code _3_Lucene912_0.doc}. */
    private static final Pattern INDEX_FILE = Pattern.compile("segments_[0-9a-z]+|_[0-9a-z]+(_[0-9A-Za-z]+)*\\.[0-9a-z]+");

    private CommitListing() {
    }

    /** Whether {@code name} may be an index file (no path, no lock or temporary file of anyone's). */
    static boolean indexFileName(String name) {
        return INDEX_FILE.matcher(name).matches();
    }

    /**
     * The latest commit of {@code directory} and its files, read again when a commit replaces it while it is read.
     *
     * @throws IOException when the directory holds no commit, or keeps changing
     */
    static Listed latest(Directory directory) throws IOException {
        NoSuchFileException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
                List<RevisionFile> files = new ArrayList<>();
                for (String name : infos.files(true)) {
                    files.add(new RevisionFile(name, directory.fileLength(name), footerChecksum(directory, name)));
                }
                files.sort(java.util.Comparator.comparing(RevisionFile::name));
                return new Listed(infos.getGeneration(), files);
            } catch (NoSuchFileException e) {
                last = e; // a newer commit deleted a file of this one: read the newer one
            }
        }
        throw last;
    }

    /** The checksum the file's footer records, in hex; reads only the footer. */
    static String footerChecksum(Directory directory, String name) throws IOException {
        try (IndexInput in = directory.openInput(name, IOContext.READONCE)) {
            return Long.toHexString(CodecUtil.retrieveChecksum(in));
        }
    }

    /**
     * Reads all of {@code name} and checks it against its own footer and {@code expected}.
     *
     * @throws IOException (a {@link org.apache.lucene.index.CorruptIndexException}) when the bytes do not match
     */
    static void verify(Directory directory, String name, RevisionFile expected) throws IOException {
        long length = directory.fileLength(name);
        if (length != expected.length()) {
            throw new IOException(expected.name() + " arrived with " + length + " bytes, not " + expected.length());
        }
        try (IndexInput in = directory.openInput(name, IOContext.READONCE)) {
            String checksum = Long.toHexString(CodecUtil.checksumEntireFile(in));
            if (!checksum.equals(expected.checksum())) {
                throw new IOException(expected.name() + " arrived with checksum " + checksum + ", not "
                        + expected.checksum());
            }
        }
    }

    /** Whether {@code directory} already holds {@code file}: same length and same footer checksum. */
    static boolean holds(Directory directory, RevisionFile file) {
        try {
            return directory.fileLength(file.name()) == file.length()
                    && footerChecksum(directory, file.name()).equals(file.checksum());
        } catch (IOException e) {
            return false; // missing, or too damaged to have a footer: copy it again
        }
    }

    /** A commit's generation and files. */
    record Listed(long generation, List<RevisionFile> files) {
    }
}
