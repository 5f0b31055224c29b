package dev.faqindex.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A rebuild refused because the content folder holds no content files at all while the index serves content: a
 * folder emptied, unmounted or half-deployed by mistake must not replace a good index with an empty one. The index
 * keeps serving; the refusal is reported like any failed rebuild, and the next change to the folder tries again.
 */
public final class EmptiedContentException extends IOException {

    EmptiedContentException(Path contentDir, int chunks, int articles) {
        super("the content folder " + contentDir + " holds no content files, while the index serves " + chunks
                + " chunks from " + articles + " articles; the index is kept (to serve an empty index on purpose,"
                + " delete the index folder and start again)");
    }
}
