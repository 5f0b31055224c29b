package dev.faqindex.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.faqindex.index.ChunkFields;
import dev.faqindex.index.EnglishTextAnalyzer;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
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
 * Picks the best passages of each hit's body with Lucene's {@link UnifiedHighlighter} (offsets from the postings,
 * no re-analysis) and renders them as safe HTML: the text escaped, matched terms wrapped in {@code <mark>}.
 *
 * <p>What does not depend on the query is worked out once per body text and kept ({@link BodyLayout}): its
 * sentence boundaries, which the highlighter's break iterator reads instead of running the JDK's rules again
 * ({@link SentenceBreaks}), and its tokens, from which the matches of a query that is a plain disjunction of terms
 * are read instead of asking the query's weight for them in the postings ({@link LayoutOffsets}). The passages,
 * their scores and their HTML are still the highlighter's own, so the snippets are the same. Thread-safe.
 */
final class SnippetHighlighter {

    private static final int PASSAGES = 2;
    private static final int PASSAGE_LENGTH_GOAL = 160;
    private static final int MAX_LENGTH = 20_000;
    /** Bytes of body layouts kept at most (estimated from their text and arrays). */
    static final long DEFAULT_MAX_LAYOUT_BYTES = 24L << 20;
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

    /** The analyzer is only consulted for fields indexed without offsets; the highlighted ones have them. */
    private final Analyzer analyzer = EnglishTextAnalyzer.forQueries();
    private final Analyzer writingAnalyzer = BodyLayout.writingAnalyzer();
    private final Cache<String, BodyLayout> layouts;

    SnippetHighlighter() {
        this(DEFAULT_MAX_LAYOUT_BYTES);
    }

    /** Keeps the layouts of at most about {@code maxLayoutBytes} of body text. */
    SnippetHighlighter(long maxLayoutBytes) {
        layouts = Caffeine.newBuilder().maximumWeight(maxLayoutBytes)
                .weigher((String text, BodyLayout layout) -> 40 + 2 * text.length() + layout.weight())
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
                .withMaxLength(MAX_LENGTH);
        String[] snippets = new CachedLayoutHighlighter(builder, terms).highlight(ChunkFields.BODY, body, topDocs,
                PASSAGES);
        for (int i = 0; i < snippets.length; i++) {
            snippets[i] = snippets[i] == null ? "" : LINE_BREAK.matcher(snippets[i]).replaceAll(" ").strip();
        }
        return snippets;
    }

    private BodyLayout layout(String text) {
        return layouts.get(text, key -> BodyLayout.of(key, writingAnalyzer));
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
