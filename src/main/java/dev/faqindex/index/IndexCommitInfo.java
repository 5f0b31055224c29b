package dev.faqindex.index;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * What an index commit says about itself: the content fingerprint and schema it was built from, so a stale index
 * is rebuilt and a current one is opened as it is.
 *
 * @param fingerprint the {@link dev.faqindex.content.LoadedContent#fingerprint()} indexed
 * @param schemaVersion the {@link ChunkFields#schemaFor schema} used, which says whether chunks were embedded
 * @param chunks number of chunks in the commit
 * @param builtAt when the commit was made
 */
public record IndexCommitInfo(String fingerprint, String schemaVersion, int chunks, Instant builtAt) {

    private static final String FINGERPRINT = "faqindex.fingerprint";
    private static final String SCHEMA = "faqindex.schema";
    private static final String CHUNKS = "faqindex.chunks";
    private static final String BUILT_AT = "faqindex.builtAt";

    /** The user data stored with a commit. */
    Map<String, String> toUserData() {
        return Map.of(
                FINGERPRINT, fingerprint,
                SCHEMA, schemaVersion,
                CHUNKS, Integer.toString(chunks),
                BUILT_AT, builtAt.toString());
    }

    /** Reads the latest commit of {@code directory}, or empty when there is no faq-index commit there. */
    static Optional<IndexCommitInfo> readLatest(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Optional.empty();
        }
        Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
        if (!data.containsKey(FINGERPRINT)) {
            return Optional.empty();
        }
        return Optional.of(new IndexCommitInfo(
                data.get(FINGERPRINT),
                data.getOrDefault(SCHEMA, ""),
                Integer.parseInt(data.getOrDefault(CHUNKS, "0")),
                Instant.parse(data.getOrDefault(BUILT_AT, Instant.EPOCH.toString()))));
    }

    /** True when this commit was built from exactly this content with the current schema (and embedding choice). */
    boolean isCurrentFor(String contentFingerprint, boolean semantic) {
        return fingerprint.equals(contentFingerprint) && schemaVersion.equals(ChunkFields.schemaFor(semantic));
    }

    /** Whether the commit holds an embedding of every chunk. */
    public boolean hasVectors() {
        return schemaVersion.equals(ChunkFields.schemaFor(true));
    }
}
