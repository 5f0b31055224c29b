package dev.faqindex.content;

/** What became of one content file in a read of the content folder. */
public enum FileOutcome {
    /** Its page is indexed as written. */
    INDEXED,
    /** Its page is indexed, but parts of the file (lines, entries, duplicates) could not be used. */
    INDEXED_WITH_PROBLEMS,
    /** The file could not be indexed; the page it gave before is served until it is fixed. */
    SERVING_LAST_GOOD_VERSION,
    /** Left out on purpose, as the file asks: a draft, a page marked noindex, a redirect page. */
    LEFT_OUT,
    /** The file could not be indexed at all. */
    DROPPED;

    /**
     * The outcome of a file.
     *
     * @param file the file as read
     * @param indexed whether a page of its current version went into the index
     * @param lastGoodVersion whether its previous version is kept instead (a file that still gave a page, kept in
     *     its previous version because part of it is broken, counts as indexed with problems)
     * @param moreProblems whether indexing it found problems of its own (such as duplicate ids)
     */
    public static FileOutcome of(ContentFile file, boolean indexed, boolean lastGoodVersion, boolean moreProblems) {
        if (lastGoodVersion && file.article().isEmpty()) {
            return SERVING_LAST_GOOD_VERSION;
        }
        if (indexed) {
            return file.broken() || moreProblems ? INDEXED_WITH_PROBLEMS : INDEXED;
        }
        boolean leftOut = !file.problems().isEmpty() && file.problems().stream().allMatch(ContentProblem::leftOut);
        return leftOut ? LEFT_OUT : DROPPED;
    }
}
