package dev.faqindex.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another faq-index process has the index folder open: a server, or an {@code index} or {@code search} command. */
public final class IndexFolderInUseException extends IOException {

    IndexFolderInUseException(Path folder, String owner) {
        super("the index folder " + folder + " is in use by another faq-index"
                + (owner.isEmpty() ? "" : " (" + owner + ")")
                + "; stop it first, or give this one another index folder (--index, or FAQ_INDEX_INDEX_DIR)");
    }
}
