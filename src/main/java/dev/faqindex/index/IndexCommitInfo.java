package dev.faqindex.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faqindex.content.ContentProblem;
import dev.faqindex.content.ContentTally;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * What an index commit says about itself: the content fingerprint and schema it was built from, so a stale index
 * is rebuilt and a current one is opened as it is, and the content problems found when it was built, so a server
 * started on it can report them without reading the content again.
 *
 * @param fingerprint the content fingerprint indexed ({@link dev.faqindex.content.ContentLoader#fingerprint})
 * @param schemaVersion the {@link ChunkFields#schemaFor schema} used, which says whether chunks were embedded
 * @param chunks number of chunks in the commit
 * @param articles number of articles in the commit
 * @param builtAt when the commit was made
 * @param problems content problems found by the build (at most {@link #MAX_PROBLEMS_KEPT})
 * @param keptPrevious content files that were broken, whose last good version the commit carries instead
 * @param tally how the content files fared in the build ({@link ContentTally#NONE} for a commit that did not say)
 */
public record IndexCommitInfo(String fingerprint, String schemaVersion, int chunks, int articles, Instant builtAt,
        List<ContentProblem> problems, List<String> keptPrevious, ContentTally tally) {

    /** Problems recorded in a commit; a folder with more reports the first ones. */
    static final int MAX_PROBLEMS_KEPT = 200;

    private static final String FINGERPRINT = "faqindex.fingerprint";
    private static final String SCHEMA = "faqindex.schema";
    private static final String CHUNKS = "faqindex.chunks";
    private static final String ARTICLES = "faqindex.articles";
    private static final String BUILT_AT = "faqindex.builtAt";
    private static final String PROBLEMS = "faqindex.problems";
    private static final String KEPT_PREVIOUS = "faqindex.keptPrevious";
    private static final String TALLY = "faqindex.tally";
    private static final ObjectMapper JSON = new ObjectMapper();

    public IndexCommitInfo {
        problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_KEPT)));
        keptPrevious = List.copyOf(keptPrevious);
        tally = tally == null ? ContentTally.NONE : tally;
    }

    /** The user data stored with a commit. */
    Map<String, String> toUserData() {
        Map<String, String> data = new HashMap<>();
        data.put(FINGERPRINT, fingerprint);
        data.put(SCHEMA, schemaVersion);
        data.put(CHUNKS, Integer.toString(chunks));
        data.put(ARTICLES, Integer.toString(articles));
        data.put(BUILT_AT, builtAt.toString());
        try {
            data.put(PROBLEMS, JSON.writeValueAsString(problems.stream()
                    .map(p -> new StoredProblem(p.file().toString(), p.line(), p.message(), p.leftOut())).toList()));
            data.put(KEPT_PREVIOUS, JSON.writeValueAsString(keptPrevious));
            data.put(TALLY, JSON.writeValueAsString(tally));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain records always serialise", e);
        }
        return data;
    }

    /** Reads the latest commit of {@code directory}, or empty when there is no faq-index commit there. */
    public static Optional<IndexCommitInfo> readLatest(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Optional.empty();
        }
        Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
        if (!data.containsKey(FINGERPRINT)) {
            return Optional.empty();
        }
        List<StoredProblem> stored = JSON.readValue(data.getOrDefault(PROBLEMS, "[]"), new TypeReference<>() { });
        List<String> kept = JSON.readValue(data.getOrDefault(KEPT_PREVIOUS, "[]"), new TypeReference<>() { });
        ContentTally tally = data.containsKey(TALLY) ? JSON.readValue(data.get(TALLY), ContentTally.class)
                : ContentTally.NONE;
        return Optional.of(new IndexCommitInfo(
                data.get(FINGERPRINT),
                data.getOrDefault(SCHEMA, ""),
                Integer.parseInt(data.getOrDefault(CHUNKS, "0")),
                Integer.parseInt(data.getOrDefault(ARTICLES, "0")),
                Instant.parse(data.getOrDefault(BUILT_AT, Instant.EPOCH.toString())),
                stored.stream().map(p -> new ContentProblem(Path.of(p.file()), p.line(), p.message(), p.leftOut()))
                        .toList(),
                kept, tally));
    }

    /** True when this commit was built from exactly this content with the current schema (and embedding choice). */
    boolean isCurrentFor(String contentFingerprint, boolean semantic) {
        return fingerprint.equals(contentFingerprint) && schemaVersion.equals(ChunkFields.schemaFor(semantic));
    }

    /** Whether the commit holds an embedding of every chunk. */
    public boolean hasVectors() {
        return schemaVersion.equals(ChunkFields.schemaFor(true));
    }

    /** A content problem as kept in commit user data. */
    private record StoredProblem(String file, int line, String message, boolean leftOut) {
    }
}
