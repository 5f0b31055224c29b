package dev.faqindex.search;

import dev.faqindex.index.ChunkFields;
import dev.faqindex.index.EnglishTextAnalyzer;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippets as SnippetHighlighter made them before it cached body layouts: Lucene's highlighter alone, with the
 * JDK's sentence iterator and weight matches from the postings. The reference its output must equal.
 */
final class ReferenceSnippets {

    private static final int PASSAGES = 2;
    private static final int PASSAGE_LENGTH_GOAL = 160;

    /** The analyzer is only consulted for fields indexed without offsets; the highlighted ones have them. */
    private final Analyzer analyzer = EnglishTextAnalyzer.forQueries();

    /** One snippet per hit, in the same order. */
    String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] hits) throws IOException {
        TopDocs topDocs = new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), hits);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH_GOAL, 0.5f))
                .withMaxLength(20_000)
                .build();
        // Rewritten, fuzzy words are the indexed terms they matched: the highlighter then reads offsets from the
        // postings instead of analysing every hit's text again in a temporary in-memory index. (Callers usually
        // pass a rewritten query already; rewriting it again costs little.) Only what can match in the body is asked
        // where it matches (FieldOnlyQuery): the same matches, without seeking every other field's terms in each hit.
        String[] snippets = highlighter.highlight(ChunkFields.BODY,
                FieldOnlyQuery.of(searcher.rewrite(query), ChunkFields.BODY), topDocs, PASSAGES);
        for (int i = 0; i < snippets.length; i++) {
            snippets[i] = snippets[i] == null ? "" : snippets[i].replaceAll("\\s*\\n\\s*", " ").strip();
        }
        return snippets;
    }
}
