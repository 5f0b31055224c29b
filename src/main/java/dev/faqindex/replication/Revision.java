package dev.faqindex.replication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a replica copies to serve what the primary serves: one index commit (its generation and every file it
 * references, {@code segments_N} included) and the content folder's files as they are now.
 *
 * @param id names this revision: the same files give the same id
 * @param generation the generation of the index commit ({@code N} of {@code segments_N})
 * @param index the files of the commit
 * @param content the files of the content folder (hidden ones left out)
 */
public record Revision(String id, long generation, List<RevisionFile> index, List<RevisionFile> content) {

    public Revision {
        index = List.copyOf(index);
        content = List.copyOf(content);
    }

    /** The revision of these files, its id made from all of them. */
    static Revision of(long generation, List<RevisionFile> index, List<RevisionFile> content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Long.toString(generation).getBytes(StandardCharsets.UTF_8));
            for (List<RevisionFile> files : List.of(index, content)) {
                digest.update((byte) '|');
                for (RevisionFile file : files) {
                    digest.update((file.name() + '\0' + file.length() + '\0' + file.checksum() + '\n')
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            String id = generation + "-" + HexFormat.of().formatHex(digest.digest(), 0, 8);
            return new Revision(id, generation, index, content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** The name of the commit's {@code segments_N} file. */
    public String segmentsFile() {
        return index.stream().map(RevisionFile::name).filter(name -> name.startsWith("segments_")).findFirst()
                .orElseThrow(() -> new IllegalStateException("revision " + id + " has no segments file"));
    }
}
