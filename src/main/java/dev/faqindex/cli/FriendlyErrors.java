package dev.faqindex.cli;

import dev.faqindex.index.EmptiedContentException;
import dev.faqindex.index.IndexFolderInUseException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/** Prints a failed command's cause as one readable line instead of a stack trace, and exits with 1. */
final class FriendlyErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        String message = switch (e) {
            case NoSuchFileException missing -> "not found: " + missing.getFile()
                    + (missing.getReason() == null ? "" : " (" + missing.getReason() + ")");
            case IllegalArgumentException bad -> bad.getMessage();
            case IndexFolderInUseException inUse -> inUse.getMessage();
            case EmptiedContentException emptied -> emptied.getMessage();
            default -> e.getClass().getSimpleName() + ": " + e.getMessage();
        };
        commandLine.getErr().println("faq-index: " + message);
        return 1;
    }
}
