package dev.faqindex.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.faqindex.index.ChunkFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import java.util.Random;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Snippets read from cached body layouts are those Lucene's highlighter makes from the postings. */
class SnippetHighlighterTest {

    @AutoClose
    private static final InMemoryChunks CHUNKS = chunks();

    private static InMemoryChunks chunks() {
        InMemoryChunks chunks = new InMemoryChunks();
        List<String> bodies = SnippetBodies.texts(new Random(11), 400);
        bodies.add("Wi-Fi ".repeat(4000) + "end of a very long body.");
        for (int i = 0; i < bodies.size(); i++) {
            chunks.faq("c" + i, "a" + i % 7, "Question " + i + " about back pain", bodies.get(i));
        }
        return chunks;
    }

    @Test
    void snippetsEqualTheHighlightersOwn() throws IOException {
        IndexSearcher searcher = CHUNKS.searcher();
        List<String> bodyTerms = terms(searcher, ChunkFields.BODY);
        Random random = new Random(3);
        SnippetHighlighter highlighter = new SnippetHighlighter();
        ReferenceSnippets reference = new ReferenceSnippets();
        int compared = 0;
        for (int round = 0; round < 2; round++) { // the second round reads the layouts kept by the first
            for (int q = 0; q < 400; q++) {
                Query query = query(random, bodyTerms, q);
                ScoreDoc[] hits = hits(searcher, query, random);
                assertArrayEquals(reference.snippets(searcher, query, hits),
                        highlighter.snippets(searcher, query, hits), query.toString());
                compared += hits.length;
            }
        }
        assertTrue(compared > 2000, "compared " + compared);
    }

    @Test
    void linesAreJoinedAsTheRegularExpressionJoinedThem() {
        Random random = new Random(17);
        String pieces = " \t\n\u000B\f\r\u00A0\u2028ab<>";
        for (int round = 0; round < 50_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String html = text.toString();
            assertEquals(html.replaceAll("\\s*\\n\\s*", " "), SnippetHighlighter.oneLine(html), html);
        }
    }

    @Test
    void matchesReadFromTheLayoutAreTheWeightsMatches() throws IOException {
        IndexSearcher searcher = CHUNKS.searcher();
        List<String> bodyTerms = terms(searcher, ChunkFields.BODY);
        Random random = new Random(5);
        Analyzer analyzer = BodyLayout.writingAnalyzer();
        int answered = 0;
        int duplicated = 0;
        for (int q = 0; q < 400; q++) {
            Query body = searcher.rewrite(FieldOnlyQuery.of(searcher.rewrite(query(random, bodyTerms, q)),
                    ChunkFields.BODY));
            Optional<BodyTerms> terms = BodyTerms.of(body, ChunkFields.BODY);
            if (terms.isEmpty()) {
                continue;
            }
            LayoutOffsets layouts = new LayoutOffsets(null, terms.get(),
                    (segment, doc, text) -> BodyLayout.of(text, analyzer), 20_000);
            Weight weight = searcher.createWeight(body, ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (ScoreDoc hit : hits(searcher, body, random)) {
                String content = searcher.storedFields().document(hit.doc).get(ChunkFields.BODY);
                LeafReaderContext leaf = searcher.getIndexReader().leaves()
                        .get(ReaderUtil.subIndex(hit.doc, searcher.getIndexReader().leaves()));
                OffsetsEnum mine = layouts.fromLayout(leaf.reader(), hit.doc - leaf.docBase, content);
                if (mine == null) {
                    continue;
                }
                Matches matches = weight.matches(leaf, hit.doc - leaf.docBase);
                MatchesIterator iterator = matches == null ? null : matches.getMatches(ChunkFields.BODY);
                List<String> expected = sequence(
                        iterator == null ? OffsetsEnum.EMPTY : new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
                List<String> actual = sequence(mine);
                assertEquals(expected, actual, body + " in " + content);
                answered++;
                duplicated += expected.size() != new HashSet<>(expected).size() ? 1 : 0;
            }
        }
        assertTrue(answered > 1000, "answered " + answered);
        assertTrue(duplicated > 10, "with a match twice " + duplicated);
    }

    private static List<String> sequence(OffsetsEnum matches) throws IOException {
        List<String> sequence = new ArrayList<>();
        while (matches.nextPosition()) {
            sequence.add(matches.startOffset() + "-" + matches.endOffset() + ":" + matches.getTerm().utf8ToString()
                    + "x" + matches.freq());
        }
        return sequence;
    }

    /** A page of the query's hits, with some documents it does not match. */
    private static ScoreDoc[] hits(IndexSearcher searcher, Query query, Random random) throws IOException {
        List<ScoreDoc> hits = new ArrayList<>(List.of(searcher.search(query, 10).scoreDocs));
        for (int i = 0; i < 2; i++) {
            hits.add(new ScoreDoc(random.nextInt(searcher.getIndexReader().maxDoc()), 0f));
        }
        return hits.toArray(ScoreDoc[]::new);
    }

    /** Queries shaped as the lexical query builder makes them, and some that are more than a disjunction of terms. */
    private static Query query(Random random, List<String> bodyTerms, int n) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        int words = 1 + random.nextInt(5);
        String previous = null;
        for (int w = 0; w < words; w++) {
            String word = previous != null && random.nextInt(6) == 0 ? previous
                    : bodyTerms.get(random.nextInt(bodyTerms.size()));
            previous = word;
            Query clause = new DisjunctionMaxQuery(List.of(
                    new BoostQuery(new TermQuery(new Term(ChunkFields.TITLE, word)), 3f),
                    new TermQuery(new Term(ChunkFields.BODY, word)),
                    new BoostQuery(new TermQuery(new Term(ChunkFields.PARENTS, word)), 0.5f)), 0.1f);
            if (random.nextInt(5) == 0) {
                clause = new BoostQuery(clause, 0.1f);
            }
            if (random.nextInt(8) == 0) { // a synonym or a second form
                clause = new BooleanQuery.Builder().add(clause, BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term(ChunkFields.BODY, bodyTerms.get(random.nextInt(bodyTerms.size())))),
                                BooleanClause.Occur.SHOULD)
                        .build();
            }
            root.add(clause, BooleanClause.Occur.SHOULD);
        }
        switch (n % 10) {
            case 1 -> root.add(new FuzzyQuery(new Term(ChunkFields.BODY, previous + "x"), 1),
                    BooleanClause.Occur.SHOULD);
            case 2 -> root.add(new PhraseQuery(ChunkFields.BODY, "back", "pain"), BooleanClause.Occur.SHOULD);
            case 3 -> root.add(new TermQuery(new Term(ChunkFields.BODY, previous)), BooleanClause.Occur.MUST);
            case 4 -> root.add(new TermQuery(new Term(ChunkFields.BODY, "wifi")), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(ChunkFields.BODY, "wi")), BooleanClause.Occur.SHOULD);
            case 5 -> root.add(new TermQuery(new Term(ChunkFields.BODY, "situp")), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(ChunkFields.BODY, "up")), BooleanClause.Occur.SHOULD);
            case 6 -> root.add(new TermQuery(new Term(ChunkFields.TITLE, "question")), BooleanClause.Occur.SHOULD);
            case 7 -> root.add(new TermQuery(new Term(ChunkFields.BODY, "no-such-term")), BooleanClause.Occur.SHOULD);
            case 8 -> {
                return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(ChunkFields.BODY, previous)), BooleanClause.Occur.MUST_NOT)
                        .build();
            }
            case 9 -> root.add(new DisjunctionMaxQuery(List.of( // the last word asked for twice in the body
                    new TermQuery(new Term(ChunkFields.BODY, previous)),
                    new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(ChunkFields.BODY, previous)), BooleanClause.Occur.SHOULD)
                            .add(new TermQuery(new Term(ChunkFields.BODY, "pain")), BooleanClause.Occur.SHOULD)
                            .build()), 0.1f), BooleanClause.Occur.SHOULD);
            default -> {
                // words only
            }
        }
        return root.build();
    }

    private static List<String> terms(IndexSearcher searcher, String field) throws IOException {
        List<String> terms = new ArrayList<>();
        Terms all = MultiTerms.getTerms(searcher.getIndexReader(), field);
        TermsEnum each = all.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            terms.add(term.utf8ToString());
        }
        return terms;
    }
}
