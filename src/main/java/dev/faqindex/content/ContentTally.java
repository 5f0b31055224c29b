package dev.faqindex.content;

import java.util.List;

/**
 * How the files of a content folder fared in one read, for the summary {@code index} prints: files read, pages
 * indexed, files indexed with problems, files dropped (none of their current text could be indexed, including
 * those whose last good version is still served) and files left out on purpose.
 *
 * @param filesRead content files read
 * @param pagesIndexed pages in the index (one per file, including those served from their last good version)
 * @param filesWithProblems files indexed although parts of them could not be used
 * @param filesDropped files that could not be indexed at all
 * @param filesLeftOut files left out as they ask (drafts, noindex, redirects)
 * @param servingLastGoodVersion of the dropped files, those whose last good version is still served
 */
public record ContentTally(int filesRead, int pagesIndexed, int filesWithProblems, int filesDropped,
        int filesLeftOut, int servingLastGoodVersion) {

    /** Nothing read yet. */
    public static final ContentTally NONE = new ContentTally(0, 0, 0, 0, 0, 0);

    /** The tally of these outcomes. */
    public static ContentTally of(List<FileOutcome> outcomes) {
        ContentTally tally = NONE;
        for (FileOutcome outcome : outcomes) {
            tally = tally.plus(outcome);
        }
        return tally;
    }

    /** The tally with one more file of the given outcome. */
    public ContentTally plus(FileOutcome outcome) {
        return switch (outcome) {
            case INDEXED -> new ContentTally(filesRead + 1, pagesIndexed + 1, filesWithProblems, filesDropped,
                    filesLeftOut, servingLastGoodVersion);
            case INDEXED_WITH_PROBLEMS -> new ContentTally(filesRead + 1, pagesIndexed + 1, filesWithProblems + 1,
                    filesDropped, filesLeftOut, servingLastGoodVersion);
            case SERVING_LAST_GOOD_VERSION -> new ContentTally(filesRead + 1, pagesIndexed + 1, filesWithProblems,
                    filesDropped + 1, filesLeftOut, servingLastGoodVersion + 1);
            case LEFT_OUT -> new ContentTally(filesRead + 1, pagesIndexed, filesWithProblems, filesDropped,
                    filesLeftOut + 1, servingLastGoodVersion);
            case DROPPED -> new ContentTally(filesRead + 1, pagesIndexed, filesWithProblems, filesDropped + 1,
                    filesLeftOut, servingLastGoodVersion);
        };
    }

    /** Whether every file read was indexed or left out on purpose. */
    public boolean complete() {
        return filesDropped == 0;
    }

    /**
     * One line: {@code 101 files read, 101 pages indexed, 0 files with problems, 0 files dropped}, and the files
     * left out or served from their last good version when there are any.
     */
    public String summary() {
        StringBuilder line = new StringBuilder()
                .append(count(filesRead, "file")).append(" read, ")
                .append(count(pagesIndexed, "page")).append(" indexed, ")
                .append(count(filesWithProblems, "file")).append(" with problems, ")
                .append(count(filesDropped, "file")).append(" dropped");
        if (servingLastGoodVersion > 0) {
            line.append(" (").append(servingLastGoodVersion).append(" still served from the last good version)");
        }
        if (filesLeftOut > 0) {
            line.append(", ").append(count(filesLeftOut, "file"))
                    .append(" left out as asked (drafts, noindex, redirects)");
        }
        return line.toString();
    }

    private static String count(int n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
