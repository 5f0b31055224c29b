package dev.faqindex.replication;

import java.io.IOException;

/** The primary no longer has a file of the revision a replica is copying: a newer commit replaced it. */
final class RevisionGoneException extends IOException {

    RevisionGoneException(String message) {
        super(message);
    }
}
