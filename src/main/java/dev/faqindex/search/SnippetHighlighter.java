package dev.faqindex.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.faqindex.index.ChunkFields;
import dev.faqindex.index.EnglishTextAnalyzer;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Picks the best passages of each hit's body with Lucene's {@link UnifiedHighlighter} (weight matches with offsets
 * from the postings) and renders them as safe HTML: the text escaped, matched terms wrapped in {@code <mark>}.
 *
 * <p>A body's tokens do not depend on the query: they are worked out once per segment document and kept
 * ({@link BodyLayout}), and the matches of a query that is a plain disjunction of terms are read from them instead of
 * asking the query's weight for them in the postings of every hit ({@link LayoutOffsets}). Passages are scored as
 * the highlighter scores them, without a hash table per passage ({@link FrugalPassageScorer}). The passages, their
 * scores and their HTML are the highlighter's, so the snippets are the same. Thread-safe.
 */
final class SnippetHighlighter {

    private static final int PASSAGES = 2;
    private static final int PASSAGE_LENGTH_GOAL = 160;
    private static final int MAX_LENGTH = 20_000;
    /** Bytes of body layouts kept at most (estimated from their text and arrays). */
    static final long DEFAULT_MAX_LAYOUT_BYTES = 32L << 20;

    /** The analyzer is only consulted for fields indexed without offsets; the highlighted ones have them. */
    private final Analyzer analyzer = EnglishTextAnalyzer.forQueries();
    private final Analyzer writingAnalyzer = BodyLayout.writingAnalyzer();
    private final Cache<Key, BodyLayout> layouts;

    /** A document of a segment. */
    private record Key(IndexReader.CacheKey segment, int doc) {
    }

    SnippetHighlighter() {
        this(DEFAULT_MAX_LAYOUT_BYTES);
    }

    /** Keeps at most about {@code maxLayoutBytes} of body layouts, per segment and document. */
    SnippetHighlighter(long maxLayoutBytes) {
        layouts = Caffeine.newBuilder().maximumWeight(maxLayoutBytes)
                .weigher((Key key, BodyLayout layout) -> 32 + layout.weight())
                .build();
    }

    /** One snippet per hit, in the same order. */
    String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] hits) throws IOException {
        // Rewritten, fuzzy words are the indexed terms they matched: the highlighter then reads offsets from the
        // postings instead of analysing every hit's text again in a temporary in-memory index. (Callers usually
        // pass a rewritten query already; rewriting it again costs little.) Only what can match in the body is asked
        // where it matches (FieldOnlyQuery): the same matches, without seeking every other field's terms in each hit.
        Query body = FieldOnlyQuery.of(searcher.rewrite(query), ChunkFields.BODY);
        return snippets(searcher, body, BodyTerms.of(searcher.rewrite(body), ChunkFields.BODY), hits);
    }

    private String[] snippets(IndexSearcher searcher, Query body, Optional<BodyTerms> terms, ScoreDoc[] hits)
            throws IOException {
        TopDocs topDocs = new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), hits);
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH_GOAL, 0.5f))
                .withScorer(new FrugalPassageScorer())
                .withMaxLength(MAX_LENGTH);
        String[] snippets = new CachedLayoutHighlighter(builder, terms).highlight(ChunkFields.BODY, body, topDocs,
                PASSAGES);
        for (int i = 0; i < snippets.length; i++) {
            snippets[i] = snippets[i] == null ? "" : oneLine(snippets[i]).strip();
        }
        return snippets;
    }

    /**
     * {@code html} with every run of whitespace that holds a line break made one space: what
     * {@code html.replaceAll("\\s*\\n\\s*", " ")} gives, without a regular expression's backtracking.
     */
    static String oneLine(String html) {
        int lineBreak = html.indexOf('\n');
        if (lineBreak < 0) {
            return html;
        }
        StringBuilder joined = new StringBuilder(html.length());
        int copied = 0;
        while (lineBreak >= 0) {
            int start = lineBreak;
            while (start > copied && isSpace(html.charAt(start - 1))) {
                start--;
            }
            int end = lineBreak + 1;
            while (end < html.length() && isSpace(html.charAt(end))) {
                end++;
            }
            joined.append(html, copied, start).append(' ');
            copied = end;
            lineBreak = html.indexOf('\n', end);
        }
        return joined.append(html, copied, html.length()).toString();
    }

    /** Whether {@code c} is what {@code \\s} matches: {@code [ \\t\\n\\x0B\\f\\r]}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The layout of {@code body}, document {@code doc} of {@code segment}: kept (a segment never changes), or made. */
    private BodyLayout layout(LeafReader segment, int doc, String body) {
        IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
        if (helper == null) {
            return BodyLayout.of(body, writingAnalyzer);
        }
        return layouts.get(new Key(helper.getKey(), doc), key -> BodyLayout.of(body, writingAnalyzer));
    }

    /** The highlighter, reading the matches of a plain disjunction of terms from the bodies' layouts. */
    private final class CachedLayoutHighlighter extends UnifiedHighlighter {
        private final Optional<BodyTerms> terms;

        CachedLayoutHighlighter(Builder builder, Optional<BodyTerms> terms) {
            super(builder);
            this.terms = terms;
        }

        @Override
        protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
            FieldOffsetStrategy standard = super.getOffsetStrategy(source, components);
            if (terms.isEmpty() || source != OffsetSource.POSTINGS || !components.field().equals(ChunkFields.BODY)
                    || !components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
                return standard;
            }
            return new LayoutOffsets(standard, terms.get(), SnippetHighlighter.this::layout, MAX_LENGTH);
        }
    }
}
